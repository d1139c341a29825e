package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.domain.token.TokenDigest;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The legacy token API of seed 001 over HTTP: the seed's own requests replayed (with a password our policy
 * accepts), and the token at work on the rest of the service.
 */
@MicronautTest(environments = "mutable-clock")
@Property(name = "auth.bootstrap-admin.username", value = "legacy_boss")
@Property(name = "auth.bootstrap-admin.email", value = "legacy_boss@example.com")
@Property(name = "auth.bootstrap-admin.password", value = LegacyApiHttpTest.PASSWORD)
class LegacyApiHttpTest {
    static final String PASSWORD = "Corr3ct-Horse-Battery";
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final List<String> REQUIRED = List.of("This field is required.");

    @Inject
    JsonMapper json;
    @Inject
    MutableClock clock;
    @Inject
    DataSource dataSource;
    @Inject
    Api api;

    private Api.Reply form(String path, String body) {
        return api.send("POST", path, body, FORM, "User-Agent", "HTTPie/0.9.2");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String signedUp(String prefix) {
        var name = prefix + UUID.randomUUID().toString().substring(0, 8);
        var reply = form("/auth/signup", "username=" + name + "&password1=" + encoded(PASSWORD) + "&password2="
                + encoded(PASSWORD) + "&email=" + name + "%40example.com&accept_tos=true");
        assertThat(reply.body()).as(reply.text()).containsEntry("success", true);
        return name;
    }

    private String legacyLogin(String username) {
        var reply = form("/auth/login", "username=" + encoded(username) + "&password=" + encoded(PASSWORD));
        assertThat(reply.body()).as(reply.text()).containsEntry("success", true);
        return reply.string("token");
    }

    private static String[] token(String token) {
        return new String[] {"Authorization", "Token " + token};
    }

    private Api.Reply me(String token) {
        return api.get("/api/auth/me", token(token));
    }

    /** The body of a refused form: its errors, no success, and a null token. */
    private static Map<String, Object> rejected(Map<String, List<String>> errors) {
        var body = new HashMap<String, Object>();
        body.put("errors", errors);
        body.put("success", false);
        body.put("token", null);
        return body;
    }

    private static void assertInvalidToken(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(403);
        assertThat(reply.body()).isEqualTo(Map.of("detail", "Invalid token", "status_code", 403, "extra", Map.of()));
    }

    @Test
    void theSeedsExamplesReplayInOrder() {
        var signup = form("/auth/signup", "username=admin&password1=" + encoded(PASSWORD) + "&password2="
                + encoded(PASSWORD) + "&email=admin%40example.com&accept_tos=true");
        assertThat(signup.status()).isEqualTo(200);
        assertThat(signup.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(signup.body()).containsOnlyKeys("errors", "success", "token")
                .containsEntry("errors", Map.of()).containsEntry("success", true);
        assertThat(signup.string("token")).matches("[0-9a-f]{40}");

        var again = form("/auth/signup", "username=admin");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(rejected(Map.of(
                "accept_tos", REQUIRED,
                "email", REQUIRED,
                "password1", REQUIRED,
                "password2", REQUIRED,
                "username", List.of("A user with that username already exists."))));
        assertThat(again.text()).contains("\"token\":null");
        assertThat(again.text()).containsSubsequence("accept_tos", "email", "password1", "password2", "username");

        var login = form("/auth/login", "username=admin&password=" + encoded(PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).containsOnlyKeys("errors", "success", "token")
                .containsEntry("errors", Map.of()).containsEntry("success", true);
        assertThat(login.string("token")).matches("[0-9a-f]{40}").isNotEqualTo(signup.string("token"));
        assertThat(login.header("Cache-Control")).contains("no-store");

        var missing = form("/auth/login", "");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).isEqualTo(rejected(Map.of("password", REQUIRED, "username", REQUIRED)));

        var logout = api.send("POST", "/auth/logout", null, null, token(login.string("token")));
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.body()).isEqualTo(Map.of("success", true));
    }

    @Test
    void theSeedsPasswordIsRefusedByOurPolicyWithItsReasonsOnPassword1() {
        var reply = form("/auth/signup",
                "username=hunter&password1=hunter2&password2=hunter2&email=hunter%40example.com&accept_tos=true");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(rejected(Map.of("password1",
                List.of("Password must be at least 8 characters long", "Password is too common"))));
        assertThat(api.post("/api/auth/login", Map.of("username", "hunter", "password", "hunter2")).status())
                .as("no account was created").isEqualTo(401);
    }

    @Test
    void anEmptyLoginWithoutAContentTypeIsTheFormsRequiredErrors() {
        var reply = api.send("POST", "/auth/login", null, null);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(rejected(Map.of("password", REQUIRED, "username", REQUIRED)));
    }

    @Test
    void aJsonBodyIsNotTheForm() {
        var reply = api.post("/auth/login", Map.of("username", "admin", "password", PASSWORD));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.detail()).isEqualTo("Unsupported media type");
    }

    @Test
    void wrongCredentialsAndADisabledAccountAreFormErrors() {
        var name = signedUp("wrong");
        var admin = token(legacyLogin("legacy_boss"));

        var wrong = form("/auth/login", "username=" + name + "&password=wrong-" + encoded(PASSWORD));
        var unknown = form("/auth/login", "username=nobody-" + name + "&password=" + encoded(PASSWORD));
        var id = me(legacyLogin(name)).string("id");
        assertThat(api.post("/api/admin/users/" + id + "/deactivate", null, admin).status()).isEqualTo(200);
        var disabled = form("/auth/login", "username=" + name + "&password=" + encoded(PASSWORD));

        var invalid = rejected(Map.of("__all__", List.of("Invalid credentials")));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).isEqualTo(invalid);
        assertThat(unknown.body()).isEqualTo(invalid);
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body())
                .isEqualTo(rejected(Map.of("__all__", List.of("Account is disabled"))));
    }

    @Test
    void oneAccountSeveralWaysIn() {
        var legacyFirst = signedUp("both");
        var jsonFirst = "json" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/auth/register", Map.of("username", jsonFirst, "email", jsonFirst + "@example.com",
                "password", PASSWORD)).status()).isEqualTo(201);

        var jsonLogin = api.post("/api/auth/login", Map.of("username", legacyFirst, "password", PASSWORD));
        assertThat(jsonLogin.status()).isEqualTo(200);
        assertThat(me(legacyLogin(jsonFirst)).string("username")).isEqualTo(jsonFirst);
        assertThat(me(legacyLogin(legacyFirst.toUpperCase() + "@EXAMPLE.COM")).string("username"))
                .as("the email address, in another case, opens the same account").isEqualTo(legacyFirst);
        var taken = form("/auth/signup", "username=" + jsonFirst.toUpperCase() + "&password1=" + encoded(PASSWORD)
                + "&password2=" + encoded(PASSWORD) + "&email=" + jsonFirst + "%40Example.com&accept_tos=yes");
        assertThat(taken.body()).isEqualTo(rejected(Map.of(
                "username", List.of("A user with that username already exists."),
                "email", List.of("A user with that email already exists."))));
    }

    @Test
    void theTokenOpensMeByGetAndPostLikeABearerToken() {
        var name = signedUp("me");
        var token = legacyLogin(name);

        var byGet = me(token);
        var byPost = api.post("/api/auth/me", null, token(token));

        assertThat(byGet.status()).isEqualTo(200);
        assertThat(byGet.body()).containsEntry("username", name).containsEntry("email", name + "@example.com");
        assertThat(byPost.body()).containsEntry("username", name);
        assertThat(api.get("/api/auth/me", "Authorization", "token " + token).status())
                .as("the scheme is case-insensitive").isEqualTo(200);
    }

    @Test
    void unknownOrMalformedTokensAreRefusedLikeAnInvalidBearerToken() {
        assertInvalidToken(me("675b51c53c94a5af46948097659984cd5a272507"));
        assertInvalidToken(me("not-a-token"));
        assertInvalidToken(api.get("/api/admin/users", token("675b51c53c94a5af46948097659984cd5a272507")));
        assertThat(api.get("/api/auth/me").status()).as("no credentials at all").isEqualTo(401);
    }

    @Test
    void logoutEndsTheTokenAndOnlyThatOne() {
        var name = signedUp("logout");
        var phone = legacyLogin(name);
        var laptop = legacyLogin(name);

        var reply = api.send("POST", "/auth/logout", null, null, token(phone));

        assertThat(reply.body()).isEqualTo(Map.of("success", true));
        assertInvalidToken(me(phone));
        assertThat(api.send("POST", "/auth/logout", "", FORM, token(phone)).body())
                .as("again, as an empty form this time").isEqualTo(Map.of("success", false));
        assertThat(me(laptop).status()).isEqualTo(200);
    }

    @Test
    void logoutWithoutALiveTokenIsNoSuccessButNoErrorEither() {
        var bearer = api.registerAndLogin("bearer" + UUID.randomUUID().toString().substring(0, 8), PASSWORD)
                .accessToken();

        assertThat(api.send("POST", "/auth/logout", null, null).body()).isEqualTo(Map.of("success", false));
        assertThat(api.send("POST", "/auth/logout", null, null, token("675b51c53c94a5af46948097659984cd5a272507"))
                .body()).isEqualTo(Map.of("success", false));
        var withBearer = api.send("POST", "/auth/logout", null, null, "Authorization", Api.bearer(bearer));
        assertThat(withBearer.status()).isEqualTo(200);
        assertThat(withBearer.body()).isEqualTo(Map.of("success", false));
    }

    @Test
    void theJsonLogoutWithATokenEndsThatToken() {
        var token = legacyLogin(signedUp("jsonout"));

        var reply = api.post("/api/auth/logout", null, token(token));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(Map.of("message", "Successfully logged out"));
        assertThat(reply.header("Set-Cookie")).as("no session cookie to clear").isEmpty();
        assertInvalidToken(me(token));
    }

    @Test
    void aTokenWorksForTwentyFourHoursAndThenNoMore() {
        var token = legacyLogin(signedUp("ttl"));

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(me(token).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertInvalidToken(me(token));
        assertThat(api.send("POST", "/auth/logout", null, null, token(token)).body())
                .isEqualTo(Map.of("success", false));
    }

    @Test
    void aTokenFromTheLegacyLoginWorksOnTheAdministrationForStaffAndOnlyForStaff() {
        var admin = token(legacyLogin("legacy_boss"));
        var name = signedUp("staff");
        var staff = token(legacyLogin(name));
        var id = api.get("/api/auth/me", staff).string("id");

        var before = api.get("/api/admin/users", staff);
        var promoted = api.send("PATCH", "/api/admin/users/" + id + "/roles", "{\"is_staff\":true}",
                "application/json", admin);
        var after = api.get("/api/admin/users?search=" + name, staff);

        assertThat(before.status()).isEqualTo(403);
        assertThat(before.detail()).isEqualTo("Staff privileges required");
        assertThat(promoted.status()).as(promoted.text()).isEqualTo(200);
        assertThat(after.status()).as(after.text()).isEqualTo(200);
        assertThat(after.body()).containsEntry("total", 1);
        assertThat(api.get("/api/admin/audit", admin).status()).isEqualTo(200);
    }

    @Test
    void deactivationEndsTheAccountsTokens() {
        var admin = token(legacyLogin("legacy_boss"));
        var token = legacyLogin(signedUp("deact"));
        var id = me(token).string("id");

        assertThat(api.post("/api/admin/users/" + id + "/deactivate", null, admin).status()).isEqualTo(200);
        assertThat(api.post("/api/admin/users/" + id + "/activate", null, admin).status()).isEqualTo(200);

        assertInvalidToken(me(token));
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws SQLException {
        var name = signedUp("hash");
        var token = legacyLogin(name);
        var id = me(token).string("id");

        var rows = storedRowsOf(id);

        assertThat(rows).as("the signup's token and the login's").hasSize(2);
        assertThat(rows).extracting(row -> row.get("token_hash")).contains(TokenDigest.of(token));
        assertThat(rows).allSatisfy(row -> assertThat(row.values()).noneMatch(value -> value.contains(token)));
    }

    /** The user's rows of the legacy_tokens table, read from the table itself: column name to value. */
    private List<Map<String, String>> storedRowsOf(String userId) throws SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT * FROM legacy_tokens WHERE user_id = ?")) {
            query.setObject(1, UUID.fromString(userId));
            var found = new ArrayList<Map<String, String>>();
            try (var rows = query.executeQuery()) {
                var columns = rows.getMetaData();
                while (rows.next()) {
                    var row = new HashMap<String, String>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        row.put(columns.getColumnLabel(column).toLowerCase(Locale.ROOT),
                                String.valueOf(rows.getObject(column)));
                    }
                    found.add(row);
                }
            }
            return found;
        }
    }

    @Test
    void legacyTokensAreListedWithTheSessionsAndCanBeRevokedThere() {
        var name = signedUp("listed");
        var kept = legacyLogin(name);
        var revoked = legacyLogin(name);

        var sessions = api.get("/api/auth/sessions", token(kept));
        assertThat(sessions.status()).as(sessions.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) sessions.body().get("sessions");
        var legacy = items.stream().filter(item -> "legacy_token".equals(item.get("kind"))).toList();
        // the signup's token, and the two logins'
        assertThat(legacy).hasSize(3);
        assertThat(legacy).filteredOn(item -> Boolean.TRUE.equals(item.get("is_current"))).hasSize(1);
        var other = legacy.stream().filter(item -> !Boolean.TRUE.equals(item.get("is_current"))).toList();

        for (var item : other) {
            var reply = api.send("DELETE", "/api/auth/sessions/" + item.get("id"), null, null, token(kept));
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        }

        assertThat(me(revoked).status()).isEqualTo(403);
        assertThat(me(kept).status()).isEqualTo(200);
    }
}
