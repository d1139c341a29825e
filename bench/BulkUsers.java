import java.sql.DriverManager;

/**
 * Inserts users bench{from}..bench{to} in one statement, all with the password hash of an existing template user
 * (the fast path: one Argon2 hash, not a million). Run with the service's jar (it holds the H2 and PostgreSQL
 * drivers) on the class path, while the service is stopped when the database is an H2 file:
 * {@code java -cp bootstrap/target/warden.jar bench/BulkUsers.java <jdbc-url> <user> <password> <from> <to> <template>}.
 */
public class BulkUsers {
    public static void main(String[] args) throws Exception {
        var url = args[0];
        int from = Integer.parseInt(args[3]);
        int to = Integer.parseInt(args[4]);
        var template = args[5];
        boolean postgres = url.startsWith("jdbc:postgresql:");
        var uuid = postgres ? "gen_random_uuid()" : "RANDOM_UUID()";
        var series = postgres ? "generate_series(?, ?) AS s(x)" : "SYSTEM_RANGE(?, ?) AS s(x)";
        var sql = """
                INSERT INTO users (id, username, username_key, email, email_key, password_hash, first_name, last_name,
                                   is_active, is_staff, is_superuser, email_verified, date_joined)
                SELECT %s, CONCAT('bench', s.x), CONCAT('bench', s.x), CONCAT('bench', s.x, '@example.com'),
                       CONCAT('bench', s.x, '@example.com'), t.password_hash, 'Bench', 'User',
                       TRUE, FALSE, FALSE, TRUE, CURRENT_TIMESTAMP
                FROM %s, users t WHERE t.username_key = ?""".formatted(uuid, series);
        try (var connection = DriverManager.getConnection(url, args[1], args[2]);
             var insert = connection.prepareStatement(sql)) {
            long start = System.nanoTime();
            insert.setInt(1, from);
            insert.setInt(2, to);
            insert.setString(3, template);
            int inserted = insert.executeUpdate();
            System.out.printf("inserted %d users in %.1f s%n", inserted, (System.nanoTime() - start) / 1e9);
        }
    }
}
