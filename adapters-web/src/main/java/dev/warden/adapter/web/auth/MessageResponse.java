package dev.warden.adapter.web.auth;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record MessageResponse(String message) {
}
