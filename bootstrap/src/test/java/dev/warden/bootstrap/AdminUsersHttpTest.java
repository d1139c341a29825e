package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What administration does to accounts, seen by the administrator and by the account's owner. */
@MicronautTest
@Property(name = "auth.bootstrap-admin.username", value = "boss")
@Property(name = "auth.bootstrap-admin.email", value = "boss@example.com")
@Property(name = "auth.bootstrap-admin.password", value = AdminUsersHttpTest.PASSWORD)
class AdminUsersHttpTest {
    static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it

    @Inject
    JsonMapper json;
    @Inject
    Api api;
    private String[] admin;

    @BeforeEach
    void loginAsAdmin() {
        admin = bearer("boss");
    }

    /** The headers of a fresh bearer login of {@code name}. */
    private String[] bearer(String name) {
        return new String[] {"Authorization", api.kit().tokensFor(name, PASSWORD).authorization()};
    }

    private String register(String prefix) {
        return api.kit().register(unique(prefix)).username();
    }

    private Api.Reply login(String name) {
        return api.post("/api/auth/login", Map.of("username", name, "password", PASSWORD));
    }

    private String idOf(String name) {
        return api.get("/api/auth/me", bearer(name)).string("id");
    }

    private static final String RANK = "Cannot change an account of equal or higher rank";
    private static final String OWN_ACCOUNT = "Cannot deactivate your own account";

    /** A new account that the administrator made staff. */
    private String staffMember() {
        var name = register("staff");
        var reply = api.send("PATCH", "/api/admin/users/" + idOf(name) + "/roles", "{\"is_staff\":true}",
                "application/json", admin);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return name;
    }

    private Api.Reply act(String action, String id, String[] caller) {
        return api.post("/api/admin/users/" + id + "/" + action, null, caller);
    }

    @Test
    void staffCannotDeactivateNorActivateASuperuserOrAnotherStaffMember() {
        var staff = bearer(staffMember());
        var bossId = api.get("/api/auth/me", admin).string("id");
        var colleagueId = idOf(staffMember());

        for (var target : List.of(bossId, colleagueId)) {
            for (var action : List.of("deactivate", "activate")) {
                var reply = act(action, target, staff);
                assertThat(reply.status()).as(action + " " + reply.text()).isEqualTo(403);
                assertThat(reply.detail()).isEqualTo(RANK);
            }
        }
        assertThat(login("boss").status()).isEqualTo(200);
        assertThat(api.get("/api/admin/users/" + colleagueId, admin).body()).containsEntry("is_active", true);
    }

    @Test
    void staffStillDeactivateAndActivateOrdinaryUsers() {
        var staff = bearer(staffMember());
        var id = idOf(register("ordinary"));

        assertThat(act("deactivate", id, staff).body()).containsEntry("is_active", false);
        assertThat(act("activate", id, staff).body()).containsEntry("is_active", true);
    }

    @Test
    void nobodyDeactivatesTheirOwnAccount() {
        var staffName = staffMember();
        var staff = bearer(staffName);
        var bossId = api.get("/api/auth/me", admin).string("id");

        var byBoss = act("deactivate", bossId, admin);
        var byStaff = act("deactivate", idOf(staffName), staff);

        assertThat(List.of(byBoss.status(), byStaff.status())).containsExactly(403, 403);
        assertThat(List.of(byBoss.detail(), byStaff.detail())).containsOnly(OWN_ACCOUNT);
        assertThat(login("boss").status()).isEqualTo(200);
        assertThat(login(staffName).status()).isEqualTo(200);
    }

    @Test
    void aSuperuserMayDeactivateDemoteAndDeleteAnotherSuperuser() {
        var id = idOf(register("deputy"));
        api.send("PATCH", "/api/admin/users/" + id + "/roles", "{\"is_superuser\":true}", "application/json", admin);

        assertThat(act("deactivate", id, admin).body()).containsEntry("is_active", false);
        assertThat(api.send("PATCH", "/api/admin/users/" + id + "/roles", "{\"is_superuser\":false}",
                "application/json", admin).body()).containsEntry("is_superuser", false);
        assertThat(api.send("DELETE", "/api/admin/users/" + id, null, null, admin).status()).isEqualTo(200);
    }

    @Test
    void deactivationLocksTheAccountOutAtOnceAndActivationLetsItBackIn() {
        var name = register("deact");
        var tokens = login(name);
        var cookie = api.post("/api/auth/session/login", Map.of("username", name, "password", PASSWORD))
                .header("Set-Cookie").orElseThrow().split(";")[0];
        var id = idOf(name);

        var reply = api.post("/api/admin/users/" + id + "/deactivate", null, admin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).containsEntry("is_active", false);
        assertThat(api.get("/api/auth/me", "Authorization", Api.bearer(tokens.string("access_token"))).detail())
                .isEqualTo("Invalid token");
        assertThat(api.post("/api/auth/refresh", Map.of("refresh_token", tokens.string("refresh_token"))).status())
                .isEqualTo(401);
        assertThat(api.get("/api/auth/me", "Cookie", cookie).status()).isEqualTo(401);
        assertThat(login(name).detail()).isEqualTo("Account is disabled");

        assertThat(api.post("/api/admin/users/" + id + "/activate", null, admin).body()).containsEntry("is_active", true);
        assertThat(login(name).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorFlagNorDeleteThemselves() {
        var bossId = api.get("/api/auth/me", admin).string("id");

        var demote = api.send("PATCH", "/api/admin/users/" + bossId + "/roles", "{\"is_superuser\":false}",
                "application/json", admin);
        var delete = api.send("DELETE", "/api/admin/users/" + bossId, null, null, admin);

        assertThat(demote.status()).isEqualTo(403);
        assertThat(demote.detail()).isEqualTo("Administrators cannot remove their own administrator privileges");
        assertThat(delete.status()).isEqualTo(403);
        assertThat(delete.detail()).isEqualTo("Administrators cannot delete their own account");
        assertThat(api.get("/api/auth/me", admin).body()).containsEntry("is_superuser", true);
    }

    @Test
    void deletingAUserRevokesEverythingTheyHeldAndFreesTheirName() {
        var name = register("del");
        var tokens = login(name);
        var id = idOf(name);

        var reply = api.send("DELETE", "/api/admin/users/" + id, null, null, admin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.get("/api/auth/me", "Authorization", Api.bearer(tokens.string("access_token"))).status())
                .isEqualTo(403);
        assertThat(api.get("/api/admin/users/" + id, admin).detail()).isEqualTo("User not found");
        assertThat(api.post("/api/auth/register", Map.of("username", name, "email", name + "@example.com",
                "password", PASSWORD)).status()).isEqualTo(201);
    }

    @Test
    void rolesAndMembershipShowOnTheUserObjectAndInvalidLevelsAre422() {
        var id = idOf(register("roles"));

        var roles = api.send("PATCH", "/api/admin/users/" + id + "/roles", "{\"is_staff\":true}", "application/json", admin);
        var member = api.send("PUT", "/api/admin/users/" + id + "/membership", "{\"level\":\"fellow\"}", "application/json", admin);
        var wrong = api.send("PUT", "/api/admin/users/" + id + "/membership", "{\"level\":\"GOLD\"}", "application/json", admin);

        assertThat(roles.body()).containsEntry("is_staff", true).containsEntry("is_superuser", false);
        assertThat(member.body()).containsEntry("has_membership", true).containsEntry("membership_level", "FELLOW");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(api.send("PUT", "/api/admin/users/" + id + "/membership", "{\"level\":null}", "application/json", admin)
                .body()).containsEntry("has_membership", false).containsEntry("membership_level", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListIsPagedAndSearchedByUsernameOrEmailPrefix() {
        var tag = "list" + UUID.randomUUID().toString().substring(0, 6);
        for (var suffix : List.of("a", "b", "c")) {
            assertThat(api.post("/api/auth/register", Map.of("username", tag + suffix, "email", tag + suffix + "@example.com",
                    "password", PASSWORD)).status()).isEqualTo(201);
        }

        var first = api.get("/api/admin/users?search=" + tag.toUpperCase() + "&size=2&page=0", admin);
        var second = api.get("/api/admin/users?search=" + tag + "&size=2&page=1", admin);

        assertThat(first.body()).containsEntry("total", 3).containsEntry("page", 0).containsEntry("size", 2);
        assertThat((List<Map<String, Object>>) first.body().get("items")).extracting(user -> user.get("username"))
                .containsExactly(tag + "a", tag + "b");
        assertThat((List<Map<String, Object>>) second.body().get("items")).extracting(user -> user.get("username"))
                .containsExactly(tag + "c");
        assertThat(api.get("/api/admin/users?size=1000", admin).status()).isEqualTo(422);
    }

    /** An empty page still has its {@code items}, as the document requires: an empty list, not a missing key. */
    @Test
    void anEmptyPageHasAnEmptyListOfItems() {
        var users = api.get("/api/admin/users?search=zzzz" + UUID.randomUUID().toString().substring(0, 8), admin);
        var audit = api.get("/api/admin/audit?page=1000000&size=1", admin);

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).containsEntry("items", List.of()).containsEntry("total", 0);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).containsEntry("items", List.of());
        // page × size beyond an int: was a 500 (a negative offset reached the database)
        for (var path : List.of("/api/admin/users?page=2147483647&size=100", "/api/admin/audit?page=2147483647")) {
            var far = api.get(path, admin);
            assertThat(far.status()).as(path + ": " + far.text()).isEqualTo(200);
            assertThat(far.body()).containsEntry("items", List.of());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void rolesAndMembershipReachTheAccessTokenAtTheNextRefresh() throws Exception {
        var name = register("claims");
        var before = login(name);
        var id = idOf(name);
        api.send("PATCH", "/api/admin/users/" + id + "/roles", "{\"is_staff\":true}", "application/json", admin);
        api.send("PUT", "/api/admin/users/" + id + "/membership", "{\"level\":\"SUPPORTING\"}", "application/json", admin);

        var oldClaims = claims(before.string("access_token"));
        var refreshed = api.post("/api/auth/refresh", Map.of("refresh_token", before.string("refresh_token")));
        var newClaims = claims(refreshed.string("access_token"));

        assertThat((List<String>) oldClaims.get("roles")).isEmpty();
        assertThat(oldClaims).doesNotContainKey("membership");
        assertThat((List<String>) newClaims.get("roles")).containsExactly("staff");
        assertThat(newClaims).containsEntry("membership", "SUPPORTING");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyChangeIsInTheAuditTrailWithWhoWhatWhenAndFromWhere() {
        var bossId = api.get("/api/auth/me", admin).string("id");
        var id = idOf(register("audited"));
        api.post("/api/admin/users/" + id + "/deactivate", null, admin);
        api.send("PUT", "/api/admin/users/" + id + "/membership", "{\"level\":\"BASIC\"}", "application/json", admin);

        var trail = api.get("/api/admin/audit?size=2", admin);

        assertThat(trail.status()).isEqualTo(200);
        var items = (List<Map<String, Object>>) trail.body().get("items");
        assertThat(items).extracting(entry -> entry.get("action")).containsExactly("membership", "deactivate");
        assertThat(items).allSatisfy(entry -> assertThat(entry)
                .containsEntry("actor_id", bossId).containsEntry("target_id", id)
                .containsEntry("client_address", "127.0.0.1").containsKey("at"));
        assertThat(items.getFirst()).containsEntry("details", "level=BASIC");
    }

    private Map<String, Object> claims(String jwt) throws java.io.IOException {
        var payload = java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return json.readValue(payload, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }
}
