package dev.warden.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away database on the PostgreSQL server of the machine (127.0.0.1:5432, trust auth, or
 * WARDEN_TEST_POSTGRES_URL). Without a server the test is skipped with a loud message, except under
 * CI=true, where a missing server is a failure.
 */
public final class TestPostgres {
    private static final String ADMIN_URL =
            System.getenv().getOrDefault("WARDEN_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("WARDEN_TEST_POSTGRES_USER", "postgres");

    private final String name;

    private TestPostgres(String name) {
        this.name = name;
    }

    public static TestPostgres createDatabase() {
        var name = "warden_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var connection = admin(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            var message = "PostgreSQL is not reachable at " + ADMIN_URL + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": CI=true requires it", e);
            }
            System.err.println("""
                    ************************************************************
                    SKIPPING PostgreSQL tests: %s
                    Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                    ************************************************************""".formatted(message));
            Assumptions.abort(message);
        }
        return new TestPostgres(name);
    }

    public String url() {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    public Map<String, Object> datasourceProperties() {
        return Map.of("datasources.default.url", url(),
                "datasources.default.username", USER,
                "datasources.default.password", "");
    }

    public void drop() {
        try (var connection = admin(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL, USER, "");
    }
}
