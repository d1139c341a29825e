package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.PUBLIC_URL;
import static dev.warden.bootstrap.MailedService.addressOf;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /api/auth/email/change and GET or POST /api/auth/email/confirm/{token} (issue 16), with GreenMail: the link
 * goes to the new address, the old one is told at request and when done, nothing changes before the link, and the
 * answer is the same for an address of another account.
 */
class ChangeEmailHttpTest {
    private static final String CHANGE = "/api/auth/email/change";
    private static final String CONFIRM_SUBJECT = "Confirm your new email address";
    private static final String REQUESTED_SUBJECT = "Your email address is about to change";
    private static final String CHANGED_SUBJECT = "Your email address was changed";
    private static final Map<String, Object> SENT = Map.of("message", "Confirmation email sent");
    private static final Map<String, Object> CHANGED = Map.of("message", "Email changed successfully");

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of());

    private static Api.Reply change(SignIn caller, String newEmail, String password) {
        return service.api.post(CHANGE, Map.of("new_email", newEmail, "current_password", password), caller.headers());
    }

    private static String confirmPath(String newAddress) {
        var link = service.awaitMail(newAddress, CONFIRM_SUBJECT);
        assertThat(link.link()).startsWith(PUBLIC_URL + "/api/auth/email/confirm/");
        return link.linkPath();
    }

    private static Api.Reply me(SignIn caller) {
        var reply = service.api.get("/api/auth/me", caller.headers());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    private static void assertError(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("detail", detail).containsEntry("status_code", status)
                .containsKey("extra");
    }

    @Test
    void theAccountMovesWhenTheLinkMailedToTheNewAddressIsFollowed() {
        var name = service.registeredAndVerified(uniqueName("emok"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);
        var newAddress = uniqueName("moved") + "@example.org";

        var reply = change(caller, newAddress, PASSWORD);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(SENT);
        var requested = service.awaitMail(addressOf(name), REQUESTED_SUBJECT);
        assertThat(requested.text()).contains(newAddress);
        var path = confirmPath(newAddress);
        assertThat(me(caller).string("email")).isEqualTo(addressOf(name));

        var confirmed = service.api.get(path);

        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed.body()).isEqualTo(CHANGED);
        assertThat(me(caller).string("email")).isEqualTo(newAddress);
        assertThat(me(caller).body().get("email_verified")).isEqualTo(true);
        assertThat(service.awaitMail(addressOf(name), CHANGED_SUBJECT).text()).contains(newAddress);
        assertThat(service.login(newAddress, PASSWORD).status()).isEqualTo(200);
        assertError(service.login(addressOf(name), PASSWORD), 401, "Invalid credentials");
        assertError(service.api.get(path), 403, "Invalid or expired email change token");
    }

    @Test
    void theLinkMayAlsoBePosted() {
        var name = service.registeredAndVerified(uniqueName("empost"));
        var caller = SignIn.cookie(service.api, name, PASSWORD);
        var newAddress = uniqueName("posted") + "@example.org";
        assertThat(change(caller, newAddress, PASSWORD).status()).isEqualTo(200);

        var confirmed = service.api.post(confirmPath(newAddress), null);

        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(me(caller).string("email")).isEqualTo(newAddress);
        assertThat(me(caller).body().get("email_verified")).isEqualTo(true);
    }

    @Test
    void anAddressOfAnotherAccountGetsTheSameAnswerAndItsLinkFailsWithAConflict() {
        var name = service.registeredAndVerified(uniqueName("emtaken"));
        var other = service.registered(uniqueName("emowner"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);
        var free = change(caller, uniqueName("free") + "@example.org", PASSWORD);

        var taken = change(caller, addressOf(other), PASSWORD);

        assertThat(taken.status()).isEqualTo(free.status());
        assertThat(taken.body()).isEqualTo(free.body()).isEqualTo(SENT);
        assertError(service.api.get(confirmPath(addressOf(other))), 409, "Email already registered");
        assertThat(me(caller).string("email")).isEqualTo(addressOf(name));
        assertThat(service.login(other, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsMailed() {
        var name = service.registeredAndVerified(uniqueName("embad"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);
        var newAddress = uniqueName("never") + "@example.org";

        assertError(change(caller, newAddress, "not-" + PASSWORD), 403, "Current password is incorrect");

        assertThat(service.settledMailsTo(newAddress)).isEmpty();
        assertThat(service.mailsTo(addressOf(name))).extracting(MailedService.Mail::subject)
                .doesNotContain(REQUESTED_SUBJECT);
    }

    @Test
    void anAddressNeverVerifiedCannotBeMoved() {
        var name = service.registered(uniqueName("emunver"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);
        var newAddress = uniqueName("away") + "@example.org";

        assertError(change(caller, newAddress, PASSWORD), 403, "Verify your email address first");

        assertThat(service.settledMailsTo(newAddress)).isEmpty();
    }

    @Test
    void theNewAddressIsCheckedAsEveryEnteredAddressIs() {
        var name = service.registeredAndVerified(uniqueName("embadaddr"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);

        var malformed = change(caller, "not-an-address", PASSWORD);
        assertError(malformed, 422, "Validation failed");
        assertThat(malformed.body().get("extra"))
                .isEqualTo(Map.of("fields", Map.of("new_email", List.of("must be a well-formed email address"))));
        var lookAlike = change(caller, "d\u0131ana@example.org", PASSWORD);
        assertError(lookAlike, 422, "Validation failed");
        assertThat(lookAlike.text()).contains("new_email");
        assertError(change(caller, "eve\u202e@example.org", PASSWORD), 422, "Validation failed");
        var missing = service.api.post(CHANGE, Map.of("current_password", PASSWORD), caller.headers());
        assertError(missing, 422, "Validation failed");
        assertThat(missing.text()).contains("new_email");
    }

    @Test
    void unknownAndExpiredLinksAreRefused() {
        assertError(service.api.get("/api/auth/email/confirm/never-mailed"), 403, "Invalid or expired email change token");

        var name = service.registeredAndVerified(uniqueName("emexp"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);
        var newAddress = uniqueName("late") + "@example.org";
        assertThat(change(caller, newAddress, PASSWORD).status()).isEqualTo(200);
        var path = confirmPath(newAddress);

        service.clock.advance(Duration.ofHours(24));

        assertError(service.api.get(path), 403, "Invalid or expired email change token");
        assertThat(me(caller).string("email")).isEqualTo(addressOf(name));
    }

    @Test
    void requestsForOneNewAddressAreLimited() {
        var name = service.registeredAndVerified(uniqueName("emlim"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);
        var newAddress = uniqueName("bombed") + "@example.org";
        for (int i = 0; i < 5; i++) {
            assertThat(change(caller, newAddress, PASSWORD).status()).isEqualTo(200);
        }

        var refused = change(caller, newAddress, PASSWORD);

        assertError(refused, 429, "Too many requests");
        assertThat(refused.header("Retry-After")).isPresent();
    }
}
