package dev.warden.bootstrap;

import static dev.warden.bootstrap.MailedService.PASSWORD;
import static dev.warden.bootstrap.MailedService.addressOf;
import static dev.warden.bootstrap.MailedService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DELETE /api/auth/me with a JSON body, and its twin POST /api/auth/me/delete (issue 16): every token dies at once,
 * the account is gone, the audit trail keeps the event, an administrator cannot delete themselves.
 */
class DeleteAccountHttpTest {
    private static final String ADMIN = "selfadmin";
    private static final Map<String, Object> DELETED = Map.of("message", "Account deleted");

    @RegisterExtension
    static final MailedService service = MailedService.with(Map.of("auth.bootstrap-admin.username", ADMIN,
                "auth.bootstrap-admin.email", ADMIN + "@example.com", "auth.bootstrap-admin.password", PASSWORD));

    /** DELETE /api/auth/me with {@code {"password": password}} as its body, or with no body when it is null. */
    private static Api.Reply delete(SignIn caller, String password) {
        return service.api.send("DELETE", "/api/auth/me", password == null ? null : "{\"password\":\"" + password + "\"}",
                "application/json", caller.headers());
    }

    private static void assertError(Api.Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.body()).containsEntry("detail", detail).containsEntry("status_code", status)
                .containsKey("extra");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> auditEntries() {
        var admin = SignIn.bearer(service.api, ADMIN, PASSWORD);
        var reply = service.api.get("/api/admin/audit?page=0&size=100", admin.headers());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.body().get("items");
    }

    @Test
    void deletingEndsEveryTokenAtOnceAndTheAccountIsGone() {
        var name = service.registered(uniqueName("delok"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);
        var other = SignIn.bearer(service.api, name, PASSWORD);
        var cookie = SignIn.cookie(service.api, name, PASSWORD);
        var legacy = SignIn.legacy(service.api, name, PASSWORD);

        var reply = delete(caller, PASSWORD);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(DELETED);
        assertError(service.api.get("/api/auth/me", caller.headers()), 403, "Invalid token");
        assertError(service.api.get("/api/auth/me", other.headers()), 403, "Invalid token");
        assertThat(caller.refresh(service.api)).isEqualTo(401);
        assertError(service.api.get("/api/auth/me", cookie.headers()), 401, "Authentication required");
        assertError(service.api.get("/api/auth/me", legacy.headers()), 403, "Invalid token");
        assertError(service.login(name, PASSWORD), 401, "Invalid credentials");
        assertThat(service.awaitMail(addressOf(name), "Your account was deleted").text()).contains(name);
    }

    @Test
    void theAuditTrailKeepsTheEvent() {
        var name = service.registered(uniqueName("delaudit"));
        var id = service.api.get("/api/auth/me", SignIn.bearer(service.api, name, PASSWORD).headers()).string("id");

        assertThat(delete(SignIn.bearer(service.api, name, PASSWORD), PASSWORD).status()).isEqualTo(200);

        assertThat(auditEntries()).filteredOn(entry -> id.equals(entry.get("target_id"))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("action")).isEqualTo("delete-own-account");
                    assertThat(entry.get("actor_id")).isEqualTo(id);
                    assertThat(entry.get("details")).isEqualTo("username=" + name);
                });
    }

    @Test
    void theNameAndTheAddressAreFreeAgain() {
        var name = service.registered(uniqueName("delfree"));
        assertThat(delete(SignIn.bearer(service.api, name, PASSWORD), PASSWORD).status()).isEqualTo(200);

        assertThat(service.api.post("/api/auth/register", Map.of("username", name, "email", addressOf(name),
                "password", PASSWORD)).status()).isEqualTo(201);
    }

    @Test
    void aWrongOrMissingPasswordDeletesNothing() {
        var name = service.registered(uniqueName("delbad"));
        var caller = SignIn.bearer(service.api, name, PASSWORD);

        assertError(delete(caller, "not-" + PASSWORD), 403, "Current password is incorrect");
        var missing = delete(caller, null);
        assertError(missing, 403, "Confirmation required");
        assertThat(missing.body().get("extra"))
                .isEqualTo(Map.of("fields", Map.of("password", List.of("must not be blank"))));

        assertThat(caller.me(service.api)).isEqualTo(200);
    }

    @Test
    void postToMeDeleteDoesTheSameAndClearsTheCookie() {
        var name = service.registered(uniqueName("delpost"));
        var caller = SignIn.cookie(service.api, name, PASSWORD);

        var reply = service.api.post("/api/auth/me/delete", Map.of("password", PASSWORD), caller.headers());

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(DELETED);
        assertThat(SetCookie.sessionCookieOf(reply).attributes()).containsEntry("max-age", "0");
        assertThat(caller.me(service.api)).isEqualTo(401);
        assertError(service.login(name, PASSWORD), 401, "Invalid credentials");
    }

    @Test
    void anAdministratorCannotDeleteThemselves() {
        var admin = SignIn.bearer(service.api, ADMIN, PASSWORD);

        assertError(delete(admin, PASSWORD), 403, "Administrators cannot delete their own account");
        assertThat(admin.me(service.api)).isEqualTo(200);
    }

    @Test
    void withoutCredentialsNothingIsDeleted() {
        var name = service.registered(uniqueName("delanon"));

        assertError(service.api.send("DELETE", "/api/auth/me", "{\"password\":\"" + PASSWORD + "\"}", "application/json"), 401,
                "Authentication required");
        assertThat(service.login(name, PASSWORD).status()).isEqualTo(200);
    }
}
