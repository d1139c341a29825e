package dev.warden.adapter.persistence;

import dev.warden.application.selfservice.port.out.ClientMetadataStore;
import dev.warden.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Users' client metadata in the database, one row per user that has some. */
@Singleton
@TranslatesDatabaseFailures
public class JdbcClientMetadataStore implements ClientMetadataStore {
    private final ClientMetadataRowRepository rows;

    JdbcClientMetadataStore(ClientMetadataRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<String> find(UserId userId) {
        return rows.findById(userId.value()).map(ClientMetadataRow::metadata);
    }

    /** An update, or else an insert; an insert that loses to a concurrent one updates the row it lost to. */
    @Override
    public void save(UserId userId, String json) {
        var user = userId.value();
        if (rows.replace(user, json) == 1) {
            return;
        }
        try {
            rows.save(new ClientMetadataRow(user, json));
        } catch (RuntimeException e) {
            if (UniqueViolation.of(e).isEmpty()) {
                throw e;
            }
            rows.replace(user, json);
        }
    }

    @Override
    public void delete(UserId userId) {
        rows.deleteOfUser(userId.value());
    }
}
