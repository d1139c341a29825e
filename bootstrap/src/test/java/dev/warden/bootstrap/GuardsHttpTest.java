package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every guarded endpoint (ENDPOINTS of them) x every kind of caller x every credential (bearer token, session cookie,
 * legacy token): the status and detail of CONTRACT.md "Guards", checked in one table.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "auth.bootstrap-admin.username", value = "guards_admin")
@Property(name = "auth.bootstrap-admin.email", value = "guards_admin@example.com")
@Property(name = "auth.bootstrap-admin.password", value = GuardsHttpTest.PASSWORD)
class GuardsHttpTest {
    static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final String REQUIRED = "Authentication required";
    private static final String STAFF = "Staff privileges required";
    private static final String ADMIN = "Administrator privileges required";
    private static final String MEMBER = "PSF membership required";
    private static final String HIGHER = "Higher level PSF membership required";
    private static final int ENDPOINTS = 10;

    enum Caller { ANONYMOUS, USER, MEMBER_BASIC, MEMBER_SUPPORTING, STAFF_USER, ADMIN_USER }

    enum Credential { BEARER, SESSION, LEGACY_TOKEN }

    /** An endpoint, what it needs, and what a caller that passes the guard gets. */
    record Endpoint(String method, String path, String body, String refusal, int passed) {
        @Override
        public String toString() {
            return method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}");
        }
    }

    @Inject
    JsonMapper json;
    @Inject
    Api api;
    private final Map<Caller, Map<Credential, String[]>> headers = new EnumMap<>(Caller.class);
    private final List<Endpoint> endpoints = new ArrayList<>();

    @BeforeAll
    void createCallersAndEndpoints() {
        var admin = login("guards_admin");
        var target = register("target");
        var unknown = UUID.randomUUID();
        for (var caller : Caller.values()) {
            if (caller == Caller.ANONYMOUS) {
                headers.put(caller, Map.of(Credential.BEARER, new String[0], Credential.SESSION, new String[0],
                        Credential.LEGACY_TOKEN, new String[0]));
                continue;
            }
            var name = caller == Caller.ADMIN_USER ? "guards_admin" : register(caller.name().toLowerCase());
            var id = idOf(login(name));
            switch (caller) {
                case MEMBER_BASIC -> setMembership(admin, id, "BASIC");
                case MEMBER_SUPPORTING -> setMembership(admin, id, "SUPPORTING");
                case STAFF_USER -> assertThat(api.send("PATCH", "/api/admin/users/" + id + "/roles",
                        "{\"is_staff\":true}", "application/json", admin).status()).isEqualTo(200);
                default -> { }
            }
            headers.put(caller, Map.of(Credential.BEARER, login(name), Credential.SESSION, session(name),
                    Credential.LEGACY_TOKEN, legacyToken(name)));
        }
        var targetId = idOf(login(target));
        endpoints.addAll(List.of(
                new Endpoint("GET", "/api/admin/users", null, STAFF, 200),
                new Endpoint("GET", "/api/admin/users/" + targetId, null, STAFF, 200),
                new Endpoint("POST", "/api/admin/users/" + targetId + "/activate", null, STAFF, 200),
                new Endpoint("PATCH", "/api/admin/users/" + targetId + "/roles", "{}", ADMIN, 200),
                new Endpoint("PUT", "/api/admin/users/" + targetId + "/membership", "{\"level\":null}", ADMIN, 200),
                new Endpoint("DELETE", "/api/admin/users/" + unknown, null, ADMIN, 404),
                new Endpoint("GET", "/api/admin/audit", null, ADMIN, 200),
                new Endpoint("POST", "/api/admin/signing-keys/rotate", null, ADMIN, 200),
                new Endpoint("GET", "/api/membership", null, MEMBER, 200),
                new Endpoint("GET", "/api/membership/voting", null, HIGHER, 200)));
    }

    Stream<Arguments> table() {
        var rows = new ArrayList<Arguments>();
        for (int index = 0; index < ENDPOINTS; index++) {
            for (var caller : Caller.values()) {
                for (var credential : Credential.values()) {
                    rows.add(Arguments.of(index, caller, credential));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "endpoint {0} as {1} by {2}")
    @MethodSource("table")
    void eachGuardAdmitsOrRefusesEachCaller(int index, Caller caller, Credential credential) {
        var endpoint = endpoints.get(index);
        var reply = api.send(endpoint.method(), endpoint.path(), endpoint.body(),
                endpoint.body() == null ? null : "application/json", headers.get(caller).get(credential));

        var refusal = expectedRefusal(endpoint, caller);
        if (refusal == null) {
            assertThat(reply.status()).as("%s as %s: %s", endpoint, caller, reply.text()).isEqualTo(endpoint.passed());
        } else {
            assertThat(reply.status()).as("%s as %s", endpoint, caller).isEqualTo(refusal.equals(REQUIRED) ? 401 : 403);
            assertThat(reply.detail()).as("%s as %s", endpoint, caller).isEqualTo(refusal);
        }
    }

    /** The detail a caller gets, or null when the guard lets them through. */
    private static String expectedRefusal(Endpoint endpoint, Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return REQUIRED;
        }
        boolean passes = switch (endpoint.refusal()) {
            case STAFF -> caller == Caller.STAFF_USER || caller == Caller.ADMIN_USER;
            case ADMIN -> caller == Caller.ADMIN_USER;
            case MEMBER -> caller == Caller.MEMBER_BASIC || caller == Caller.MEMBER_SUPPORTING;
            case HIGHER -> caller == Caller.MEMBER_SUPPORTING;
            default -> throw new IllegalStateException(endpoint.refusal());
        };
        return passes ? null : endpoint.refusal();
    }

    private String register(String prefix) {
        return api.kit().register(unique(prefix.replace('_', '-'))).username();
    }

    private String[] login(String name) {
        return new String[] {"Authorization", api.kit().tokensFor(name, PASSWORD).authorization()};
    }

    private String[] session(String name) {
        return new String[] {"Cookie", api.kit().sessionCookie(name, PASSWORD)};
    }

    private String[] legacyToken(String name) {
        var reply = api.send("POST", "/auth/login", "username=" + name + "&password=" + PASSWORD,
                "application/x-www-form-urlencoded");
        assertThat(reply.body()).as(reply.text()).containsEntry("success", true);
        return new String[] {"Authorization", "Token " + reply.string("token")};
    }

    private String idOf(String[] credential) {
        return api.get("/api/auth/me", credential).string("id");
    }

    private void setMembership(String[] admin, String id, String level) {
        var reply = api.send("PUT", "/api/admin/users/" + id + "/membership", "{\"level\":\"" + level + "\"}",
                "application/json", admin);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }
}
