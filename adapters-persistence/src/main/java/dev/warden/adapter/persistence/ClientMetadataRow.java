package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("client_metadata")
record ClientMetadataRow(@Id UUID userId, String metadata) {
}
