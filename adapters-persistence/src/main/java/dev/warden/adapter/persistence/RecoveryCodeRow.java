package dev.warden.adapter.persistence;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("recovery_codes")
record RecoveryCodeRow(@EmbeddedId Key key) {

    @Embeddable
    record Key(UUID userId, String codeHash) {}
}
