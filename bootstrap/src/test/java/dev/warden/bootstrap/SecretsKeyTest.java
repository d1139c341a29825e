package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.application.shared.port.out.SecretBox;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the key that seals TOTP secrets comes from: configuration, a generated file, or (in prod) nowhere else. */
class SecretsKeyTest {
    @TempDir
    Path directory;

    @Test
    void withoutAKeyOneIsGeneratedIntoAnOwnerOnlyFileAndReadAgainLater() throws Exception {
        var file = directory.resolve("data/secrets.key");

        var first = InProcessFactory.keyFromFile(file);

        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(InProcessFactory.keyFromFile(file)).isEqualTo(first);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("secrets.key");
        }
    }

    @Test
    void anExistingKeyFileIsUsedAsItIs() throws Exception {
        var file = directory.resolve("secrets.key");
        Files.writeString(file, "an operator's key of at least thirty-two characters\n", StandardCharsets.US_ASCII);

        assertThat(InProcessFactory.keyFromFile(file)).isEqualTo("an operator's key of at least thirty-two characters");
    }

    @Test
    void aSealedSecretOpensAgainAfterARestartWithTheSameKeyFile() {
        var properties = Map.<String, Object>of("auth.secrets.key", "",
                "auth.secrets.key-file", directory.resolve("k").toString());
        byte[] sealed;
        try (var context = ApplicationContext.run(properties, "test")) {
            sealed = context.getBean(SecretBox.class).seal("JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII), "c");
        }
        try (var context = ApplicationContext.run(properties, "test")) {
            assertThat(context.getBean(SecretBox.class).open(sealed, "c"))
                    .isEqualTo("JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void prodRefusesToStartWithoutAKeyAndAShortKeyAnywhere() {
        var prod = Map.<String, Object>of("auth.secrets.key", "", "auth.secrets.key-file",
                directory.resolve("k").toString(), "datasources.default.url", "jdbc:h2:mem:prod-" + java.util.UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa", "auth.public-url", "https://auth.example.org");
        assertThatThrownBy(() -> ApplicationContext.run(prod, "test", "prod").close())
                .hasStackTraceContaining("AUTH_SECRETS_KEY is required in prod");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("auth.secrets.key", "short"), "test").close())
                .hasStackTraceContaining("at least 32 characters");
        assertThat(Set.of(directory.toFile().list())).doesNotContain("k");
    }
}
