package dev.warden.adapter.web.auth;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record MessageResponse(String message) {
}
