package dev.warden.application.oauth.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.oauth.ClientAuthorization;
import dev.warden.domain.user.UserId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** What every {@link AuthorizationCodeStore} must do. Each adapter's test extends this class. */
public abstract class AuthorizationCodeStoreContract {
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected abstract AuthorizationCodeStore store();

    private IssuedCode code(Duration lifetime, boolean newUser, Optional<String> after) {
        return new IssuedCode("code-" + UUID.randomUUID(), new UserId(UUID.randomUUID()),
                new ClientAuthorization(URI.create("https://app.example.com/handler/oauth-callback"),
                        "state\nwith | all sorts ✓", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", after),
                newUser, now.plus(lifetime));
    }

    @Test
    void aCodeIsTakenOnceWithEverythingItHeld() {
        var code = code(Duration.ofMinutes(1), true, Optional.of("https://app.example.com/after"));
        var other = code(Duration.ofMinutes(1), false, Optional.empty());
        store().save(code);
        store().save(other);

        assertThat(store().take(code.codeHash(), now)).contains(code);
        assertThat(store().take(code.codeHash(), now)).isEmpty();
        assertThat(store().take(other.codeHash(), now)).contains(other);
    }

    @Test
    void anExpiredOrUnknownCodeGivesNothing() {
        var code = code(Duration.ofMinutes(1), false, Optional.empty());
        store().save(code);

        assertThat(store().take(code.codeHash(), now.plus(Duration.ofMinutes(1)))).isEmpty();
        assertThat(store().take("code-unknown-" + UUID.randomUUID(), now)).isEmpty();
    }

    @Test
    void ofExchangesRacingForOneCodeOnlyOneGetsIt() throws Exception {
        var code = code(Duration.ofMinutes(1), false, Optional.empty());
        store().save(code);
        var racers = new ArrayList<Callable<Optional<IssuedCode>>>();
        for (int i = 0; i < 8; i++) {
            racers.add(() -> store().take(code.codeHash(), now));
        }

        try (var pool = Executors.newFixedThreadPool(8)) {
            var won = 0;
            for (var result : pool.invokeAll(racers)) {
                won += result.get().isPresent() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        }
    }
}
