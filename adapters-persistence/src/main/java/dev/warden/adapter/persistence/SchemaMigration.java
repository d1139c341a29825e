package dev.warden.adapter.persistence;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at start, running Flyway only when it is behind. Flyway's own history table says
 * whether every migration of this build ({@code db/migration}, up to {@link #LATEST_VERSION}) has been applied
 * successfully; when it has, nothing else is done, since Flyway itself (its set-up, a scan of the jar, the
 * checksums of every applied migration) was about a fifth of the start-up. When the table is missing, is behind, or
 * shows a failed migration, Flyway migrates (and validates) as usual, under its lock, so that instances starting
 * together migrate once. A newer schema (a later build ran) is accepted, as Flyway accepts future migrations.
 *
 * <p>What this skips on an up-to-date schema is the check that applied migrations were not edited afterwards;
 * a migration is never edited here, only added (a test holds {@link #LATEST_VERSION} to the newest file).
 */
public final class SchemaMigration {
    /** The version of the newest migration in {@code db/migration}. */
    public static final int LATEST_VERSION = 13;
    static final String LOCATION = "classpath:db/migration";

    public enum Outcome { UP_TO_DATE, MIGRATED }

    private SchemaMigration() {}

    public static Outcome migrate(DataSource dataSource) {
        if (upToDate(dataSource)) {
            return Outcome.UP_TO_DATE;
        }
        Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
        return Outcome.MIGRATED;
    }

    /** True when the history holds a successful migration at {@link #LATEST_VERSION} or later and no failed one. */
    static boolean upToDate(DataSource dataSource) {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            int newest = 0;
            while (rows.next()) {
                var version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (version != null) {
                    newest = Math.max(newest, majorOf(version));
                }
            }
            return newest >= LATEST_VERSION;
        } catch (SQLException e) {
            return false; // no history table yet (a new database), or unreadable: Flyway decides
        }
    }

    private static int majorOf(String version) {
        var major = version.split("\\.", 2)[0];
        try {
            return Integer.parseInt(major.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
