package dev.warden.adapter.persistence;

import java.util.Map;
import java.util.UUID;

/** The port contracts on H2 in PostgreSQL mode, as the embedded default runs it. */
class H2AdaptersTest extends JdbcAdapterSuite {
    @Override
    protected Map<String, Object> datasource() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:warden-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "");
    }
}
