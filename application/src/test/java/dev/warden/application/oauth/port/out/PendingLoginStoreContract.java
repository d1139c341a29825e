package dev.warden.application.oauth.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.oauth.ClientAuthorization;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link PendingLoginStore} must do. Each adapter's test extends this class. */
public abstract class PendingLoginStoreContract {
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected abstract PendingLoginStore store();

    private PendingLogin pending(Duration lifetime) {
        return new PendingLogin("state-" + UUID.randomUUID(), "github", "verifier-" + UUID.randomUUID(),
                "browser-" + UUID.randomUUID(), now.plus(lifetime));
    }

    @Test
    void aPendingLoginIsTakenOnceWithEverythingItHeld() {
        var login = pending(Duration.ofMinutes(10));
        store().save(login);

        assertThat(store().take(login.stateHash(), now)).contains(login);
        assertThat(store().take(login.stateHash(), now)).isEmpty();
    }

    @Test
    void anExpiredOrUnknownStateGivesNothing() {
        var login = pending(Duration.ofMinutes(10));
        store().save(login);

        assertThat(store().take(login.stateHash(), now.plus(Duration.ofMinutes(10)))).isEmpty();
        assertThat(store().take("state-unknown-" + UUID.randomUUID(), now)).isEmpty();
    }

    @Test
    void aSignInForAClientKeepsItsAuthorizationWhateverCharactersItsStateHolds() {
        var client = new ClientAuthorization(URI.create("https://app.example.com/handler/oauth-callback?x=1"),
                "state with\nnew lines, a | and ünïcödé", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Optional.of("https://app.example.com/after?y=2"));
        var login = PendingLogin.forClient("state-" + UUID.randomUUID(), "github", "verifier-" + UUID.randomUUID(),
                now.plus(Duration.ofMinutes(10)), client);
        var bare = PendingLogin.forClient("state-" + UUID.randomUUID(), "google", "verifier-" + UUID.randomUUID(),
                now.plus(Duration.ofMinutes(10)), new ClientAuthorization(URI.create("https://app.example.com/cb"),
                        "s", "c", Optional.empty()));
        store().save(login);
        store().save(bare);

        assertThat(store().take(login.stateHash(), now)).contains(login);
        assertThat(store().take(bare.stateHash(), now)).contains(bare);
        assertThat(store().take(login.stateHash(), now)).isEmpty();
    }
}
