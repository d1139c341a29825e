package dev.warden.adapter.persistence;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The port contracts on the real PostgreSQL server at 127.0.0.1:5432, in a database of this test's own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAdaptersTest extends JdbcAdapterSuite {
    private TestPostgres database;

    @Override
    protected Map<String, Object> datasource() {
        database = TestPostgres.createDatabase();
        return database.datasourceProperties();
    }

    @Override
    protected boolean shared() {
        return true;
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }
}
