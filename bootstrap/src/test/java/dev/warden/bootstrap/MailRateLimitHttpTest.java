package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.RESET_SUBJECT;
import static dev.warden.bootstrap.MailedService.addressOf;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Asking for mails is throttled per address and per client: 429 with Retry-After, until the window ends. */
class MailRateLimitHttpTest {
    private static final int PER_ADDRESS = 2;
    private static final int PER_CLIENT = 4;
    private static final Map<String, Object> FORGOT_REPLY =
            Map.of("message", "If an account exists with this email, you will receive a password reset link");

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.mail.per-address-limit", PER_ADDRESS,
                "auth.mail.per-client-limit", PER_CLIENT));

    /** Every test starts in a fresh window (the limits are counted in one-hour windows). */
    @BeforeEach
    void newWindow() {
        service.clock.advance(Duration.ofHours(1));
    }

    private static Api.Reply forgot(String email) {
        return service.api.post("/api/auth/forgot-password", Map.of("email", email));
    }

    private static void assertAllowed(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(FORGOT_REPLY);
    }

    private static void assertThrottled(Api.Reply reply, long retryAfterSeconds) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(429);
        assertThat(reply.body()).isEqualTo(Map.of("detail", "Too many requests", "status_code", 429,
                "extra", Map.of("retry_after", (int) retryAfterSeconds)));
        assertThat(reply.header("Retry-After")).contains(Long.toString(retryAfterSeconds));
    }

    @Test
    void forgotPasswordBeyondTheAddressLimitIs429WithTheTimeLeft() {
        var name = service.registered(uniqueName("lim"));
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertAllowed(forgot(addressOf(name)));
        }
        service.clock.advance(Duration.ofMinutes(10));

        assertThrottled(forgot(addressOf(name)), 50 * 60);
        assertThat(service.settledMailsTo(addressOf(name)).stream().filter(m -> m.subject().equals(RESET_SUBJECT)))
                .hasSize(PER_ADDRESS);
    }

    @Test
    void aNewWindowAllowsTheAddressAgain() {
        var name = service.registered(uniqueName("limw"));
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertAllowed(forgot(addressOf(name)));
        }
        assertThrottled(forgot(addressOf(name)), 3600);

        service.clock.advance(Duration.ofHours(1));

        assertAllowed(forgot(addressOf(name)));
        service.awaitMail(addressOf(name), RESET_SUBJECT, PER_ADDRESS + 1);
    }

    @Test
    void unknownAddressesAreThrottledAlikeSoTheLimitRevealsNothing() {
        var address = addressOf(uniqueName("limnobody"));
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertAllowed(forgot(address));
        }

        assertThrottled(forgot(address), 3600);
    }

    @Test
    void oneClientAskingForManyAddressesIsThrottled() {
        for (int i = 0; i < PER_CLIENT; i++) {
            assertAllowed(forgot(addressOf(uniqueName("limc"))));
        }

        assertThrottled(forgot(addressOf(uniqueName("limc"))), 3600);
    }

    @Test
    void sendVerificationBeyondTheAddressLimitIs429() {
        var name = service.registered(uniqueName("limv"));
        for (int i = 0; i < PER_ADDRESS; i++) {
            var reply = service.api.post("/api/auth/send-verification", Map.of("email", addressOf(name)));
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo(Map.of("message", "Verification email sent"));
        }

        assertThrottled(service.api.post("/api/auth/send-verification", Map.of("email", addressOf(name))), 3600);
    }
}
