package dev.warden.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.adapter.persistence.SchemaMigration.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    private static DataSource newH2() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The versions of the migration files, oldest first (not necessarily without gaps). */
    private static java.util.List<Integer> versions() throws IOException {
        var name = Pattern.compile("V(\\d+)__.+\\.sql");
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(file -> name.matcher(file.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .map(matcher -> Integer.parseInt(matcher.group(1))).sorted().toList();
        }
    }

    @Test
    void theLatestVersionIsTheNewestMigrationFile() throws IOException {
        assertThat(SchemaMigration.LATEST_VERSION).isEqualTo(versions().getLast());
    }

    @Test
    void aNewDatabaseIsMigratedThenLeftAlone() throws SQLException {
        var dataSource = newH2();

        assertThat(SchemaMigration.migrate(dataSource)).isEqualTo(Outcome.MIGRATED);
        execute(dataSource, "SELECT COUNT(*) FROM users");

        assertThat(SchemaMigration.migrate(dataSource)).isEqualTo(Outcome.UP_TO_DATE);
    }

    @Test
    void aSchemaBehindThisBuildIsMigrated() throws SQLException, IOException {
        var dataSource = newH2();
        var versions = versions();
        org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations(SchemaMigration.LOCATION)
                .target(String.valueOf(versions.get(versions.size() - 2))).load().migrate();
        assertThat(SchemaMigration.upToDate(dataSource)).isFalse();

        assertThat(SchemaMigration.migrate(dataSource)).isEqualTo(Outcome.MIGRATED);

        assertThat(SchemaMigration.upToDate(dataSource)).isTrue();
        execute(dataSource, "SELECT generation, sealed FROM signing_keys"); // made by the last two migrations
        execute(dataSource, "SELECT new_email, new_email_key FROM one_time_tokens");
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlywayWhichRefusesToStart() throws SQLException {
        var dataSource = newH2();
        SchemaMigration.migrate(dataSource);
        execute(dataSource, "UPDATE flyway_schema_history SET success = FALSE WHERE version = '"
                + SchemaMigration.LATEST_VERSION + "'");

        assertThat(SchemaMigration.upToDate(dataSource)).isFalse();
        assertThatThrownBy(() -> SchemaMigration.migrate(dataSource)).isInstanceOf(FlywayException.class);
    }

    @Test
    void aSchemaOfALaterBuildIsAccepted() throws SQLException {
        var dataSource = newH2();
        SchemaMigration.migrate(dataSource);
        execute(dataSource, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (1000, '" + (SchemaMigration.LATEST_VERSION + 1)
                + "', 'later', 'SQL', 'V99__later.sql', 0, 'sa', 0, TRUE)");

        assertThat(SchemaMigration.migrate(dataSource)).isEqualTo(Outcome.UP_TO_DATE);
    }

    @Test
    void onPostgreSqlTooANewDatabaseIsMigratedThenLeftAlone() throws SQLException {
        var database = TestPostgres.createDatabase();
        try {
            var dataSource = new org.postgresql.ds.PGSimpleDataSource();
            dataSource.setURL(database.url());
            dataSource.setUser((String) database.datasourceProperties().get("datasources.default.username"));

            assertThat(SchemaMigration.migrate(dataSource)).isEqualTo(Outcome.MIGRATED);
            assertThat(SchemaMigration.migrate(dataSource)).isEqualTo(Outcome.UP_TO_DATE);
            execute(dataSource, "SELECT generation, sealed FROM signing_keys");
            execute(dataSource, "SELECT new_email, new_email_key FROM one_time_tokens");
        } finally {
            database.drop();
        }
    }
}
