package dev.warden.bootstrap;

import static dev.warden.bootstrap.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.application.shared.port.out.SecretBox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of an earlier version holds its signing key in plain PKCS#8 (schema version 10): the service keeps
 * signing with that key, so that tokens issued before the upgrade keep working, and seals it at start.
 */
class SigningKeyUpgradeTest {
    private static final String PASSWORD = "Corr3ct-Horse-Battery";

    @TempDir
    Path directory;

    @Test
    void aPlainKeyOfAnEarlierVersionKeepsSigningAndIsSealedAtStart() throws Exception {
        var url = "jdbc:h2:file:" + directory.resolve("warden")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("10").load().migrate();
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var pair = generator.generateKeyPair();
        var kid = UUID.randomUUID().toString();
        var createdAt = Instant.now().minus(Duration.ofDays(1));
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var insert = connection.prepareStatement("INSERT INTO signing_keys (key_id, algorithm, private_key,"
                     + " public_key, created_at) VALUES (?, 'ES256', ?, ?, ?)")) {
            insert.setString(1, kid);
            insert.setString(2, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            insert.setString(3, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            insert.setTimestamp(4, Timestamp.from(createdAt));
            insert.executeUpdate();
        }

        try (var server = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", url,
                "datasources.default.username", "sa", "datasources.default.password", ""), "test")) {
            var context = server.getApplicationContext();
            var api = new Api(server.getURL(), context.getBean(JsonMapper.class));
            var dataSource = new JdbcDataSource(); // the file itself, as a copy of it would be read
            dataSource.setURL(url);
            dataSource.setUser("sa");
            var token = api.registerAndLogin("upgraded" + UUID.randomUUID().toString().substring(0, 8), PASSWORD)
                    .accessToken();
            var userId = api.get("/api/auth/me", "Authorization", bearer(token)).string("id");
            var issuedBefore = KeyThief.mint((ECPrivateKey) pair.getPrivate(), kid, userId, List.of(), Instant.now(),
                    Instant.now().plus(Duration.ofHours(1)));

            assertThat(KeyThief.kidOf(token)).as("the key of before still signs").isEqualTo(kid);
            assertThat(api.get("/api/auth/me", "Authorization", bearer(issuedBefore)).status()).isEqualTo(200);
            assertThat(KeyThief.fromDatabaseCopy(dataSource, kid)).as("the key, still plain in the database").isEmpty();
            var sealed = KeyThief.storedPrivateKey(dataSource, kid);
            assertThat(context.getBean(SecretBox.class).open(sealed, "signing-key:" + kid))
                    .isEqualTo(pair.getPrivate().getEncoded());
        }
    }
}
