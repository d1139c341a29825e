package dev.warden.bootstrap;

import static dev.warden.testkit.WardenClient.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.testkit.WardenClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document: generated from the controllers, served as YAML and JSON, covering every route of the API
 * and nothing else, with security that matches what the endpoints really demand, and error replies in the
 * contract's format whose examples agree with their status codes; on the Stack-style surface ({@code /api/v1}), its
 * own credential and error replies in Stack's format.
 */
class OpenApiDocumentHttpTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String PASSWORD = WardenClient.DEFAULT_PASSWORD;   // the kit registers users with it
    private static final String STACK_SCHEME = "stack";
    /** The status of each name of the Stack-style surface: the seed's for its names, the contract's for the rest. */
    /** The replies of the layers in front of the controllers, by status, that every operation may meet. */
    private static final Map<String, String> EARLY_STATUSES = Map.of("408", "RequestTimeout", "413", "PayloadTooLarge",
            "414", "UriTooLong", "431", "HeadersTooLarge");
    private static final java.util.Set<String> EARLY = java.util.Set.of("CrossOriginRefused", "RequestTimeout",
            "PayloadTooLarge",
            "UriTooLong", "UnsupportedMediaType", "HeadersTooLarge");
    private static final Map<String, Integer> STACK_STATUSES = Map.ofEntries(
            Map.entry("EmailPasswordMismatch", 400), Map.entry("UserWithEmailAlreadyExists", 409),
            Map.entry("AccessTokenExpired", 401), Map.entry("CannotDeleteCurrentSession", 400),
            Map.entry("MalformedRequest", 400), Map.entry("RedirectUrlNotWhitelisted", 400),
            Map.entry("InvalidPublishableClientKey", 401),
            Map.entry("UserAuthenticationRequired", 401), Map.entry("RefreshTokenNotFoundOrExpired", 401),
            Map.entry("InvalidAccessToken", 403), Map.entry("AccountDisabled", 403),
            Map.entry("InvalidSignInCode", 403), Map.entry("SessionNotFound", 404), Map.entry("SchemaError", 422),
            Map.entry("PasswordRequirementsNotMet", 422), Map.entry("TooManyFailedLogins", 429),
            Map.entry("TooManyRequests", 429), Map.entry("DatabaseUnavailable", 503),
            Map.entry("SessionStoreUnavailable", 503), Map.entry("MultiFactorAuthenticationRequired", 401),
            Map.entry("InvalidTotpCode", 403), Map.entry("InvalidMfaAttemptCode", 403),
            Map.entry("IncorrectPassword", 403), Map.entry("ReauthenticationUnavailable", 403),
            Map.entry("InvalidResetToken", 403), Map.entry("PasswordManagedByProvider", 403),
            Map.entry("InvalidVerificationToken", 403), Map.entry("UserNotFound", 404),
            Map.entry("InvalidPasskey", 403), Map.entry("EmailNotVerified", 403),
            Map.entry("PasskeyAlreadyRegistered", 409), Map.entry("PasskeyLimitReached", 409),
            Map.entry("MfaAlreadyEnabled", 409));
    /** The status of each of the SDK's codes on the endpoints only Stack's SDK calls (Stack's statuses). */
    private static final Map<String, Integer> SDK_STATUSES = Map.of("SCHEMA_ERROR", 400,
            "REDIRECT_URL_NOT_WHITELISTED", 400, "OAUTH_PROVIDER_NOT_FOUND_OR_NOT_ENABLED", 400,
            "INVALID_AUTHORIZATION_CODE", 400, "MULTI_FACTOR_AUTHENTICATION_REQUIRED", 400,
            "REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED", 401, "INVALID_PUBLISHABLE_CLIENT_KEY", 401,
            "VERIFICATION_CODE_NOT_FOUND", 404);

    private static EmbeddedServer server;
    private static Api api;
    private static Map<String, Object> document;

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, "test");
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        var reply = api.get("/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        document = reply.body();
    }

    @AfterAll
    static void stop() {
        server.getApplicationContext().close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private record Operation(String path, String method, Map<String, Object> body) {
        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        boolean secured() {
            return body.containsKey("security");
        }

        boolean stack() {
            return path.startsWith("/api/v1/");
        }

        /** Only Stack's SDK calls it, so its errors are in the SDK's codes. */
        boolean sdkOnly() {
            return path.startsWith("/api/v1/auth/oauth/");
        }

        Map<String, Object> responses() {
            return map(body.get("responses"));
        }
    }

    private static List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(new Operation(path, method, map(operation)));
            }
        }));
        return operations;
    }

    @Test
    void theYamlAndTheJsonAreTheSameOpenApi31Document() {
        var yaml = api.get("/openapi.yml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        Map<String, Object> parsed = new Yaml().load(yaml.text());

        assertThat(parsed).isEqualTo(document);
        assertThat(document.get("openapi")).isEqualTo("3.1.0");
        assertThat(map(document.get("info")).get("title")).isEqualTo("Warden");
    }

    @Test
    void everyRouteOfTheApiIsDocumentedAndNothingElse() {
        var routed = new TreeSet<String>();
        server.getApplicationContext().getBean(Router.class).uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.OPTIONS && route.getHttpMethod() != HttpMethod.HEAD)
                .forEach(route -> {
                    var path = route.getUriMatchTemplate().toPathString();
                    if (path.startsWith("/api/") || path.startsWith("/auth/") || path.startsWith("/.well-known/")
                            || path.equals("/health")) {
                        routed.add(route.getHttpMethodName() + " " + path);
                    }
                });
        var documented = operations().stream().map(Operation::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(routed).contains("GET /api/auth/me", "POST /auth/signup", "GET /.well-known/jwks.json");
        // Routes that only answer 405, for a documented path of another method that a template would take
        // (DELETE /api/auth/passkeys/login is not DELETE /api/auth/passkeys/{id}).
        var methodNotAllowed = new TreeSet<>(routed);
        methodNotAllowed.removeAll(documented);
        assertThat(methodNotAllowed).containsExactly("DELETE /api/auth/passkeys/login",
                "DELETE /api/auth/passkeys/register");
        for (var route : methodNotAllowed) {
            var path = route.substring(route.indexOf(' ') + 1);
            assertThat(documented).as(path).anyMatch(operation -> operation.endsWith(" " + path));
            var reply = api.send("DELETE", path, null, null);
            assertThat(reply.status()).as(route).isEqualTo(405);
            assertThat(reply.detail()).isEqualTo("Method not allowed");
            assertThat(reply.header("Allow")).contains("POST");
        }
        routed.removeAll(methodNotAllowed);
        assertThat(documented).isEqualTo(routed);
    }

    @Test
    void anOperationDeclaresSecurityExactlyWhenItRefusesARequestWithoutCredentials() {
        var schemes = map(map(document.get("components")).get("securitySchemes")).keySet();
        assertThat(schemes).containsExactlyInAnyOrder("bearer", "password", "session", "token", "basic", STACK_SCHEME);
        var contractSchemes = schemes.stream().filter(scheme -> !scheme.equals(STACK_SCHEME)).collect(Collectors.toSet());

        for (var operation : operations()) {
            var path = operation.path().replace("{provider}", "github").replace("{token}", "unknown")
                    .replace("{id}", UUID.randomUUID().toString());
            var form = operation.body().containsKey("requestBody")
                    && map(map(operation.body().get("requestBody")).get("content"))
                            .containsKey("application/x-www-form-urlencoded");
            var method = operation.method().toUpperCase(Locale.ROOT);
            var reply = method.equals("GET") || method.equals("DELETE")
                    ? api.send(method, path, null, null)
                    : api.send(method, path, form ? "" : "{}", form ? "application/x-www-form-urlencoded" : "application/json");

            if (operation.secured()) {
                assertThat(reply.status()).as(operation.name()).isEqualTo(401);
                if (operation.stack()) {
                    assertThat(reply.body()).as(operation.name()).containsEntry("code", "UserAuthenticationRequired");
                    assertThat(reply.header("x-stack-known-error")).as(operation.name())
                            .hasValue("UserAuthenticationRequired");
                } else {
                    assertThat(reply.detail()).as(operation.name()).isEqualTo("Authentication required");
                }
                var alternatives = list(operation.body().get("security")).stream()
                        .flatMap(requirement -> map(requirement).keySet().stream()).collect(Collectors.toSet());
                assertThat(alternatives).as(operation.name())
                        .isEqualTo(operation.stack() ? Set.of(STACK_SCHEME) : contractSchemes);
                assertThat(operation.responses()).as(operation.name()).containsKeys("401", "403");
            } else if (operation.path().equals("/api/v1/auth/sessions/current/refresh")) {
                // its credential is the refresh token of a header parameter: none is refused as an unknown one
                assertThat(reply.status()).as(operation.name()).isEqualTo(401);
                assertThat(reply.body()).containsEntry("code", "RefreshTokenNotFoundOrExpired");
                assertThat(list(operation.body().get("parameters"))).extracting(parameter -> map(parameter).get("in"))
                        .containsOnly("header");
            } else {
                assertThat(reply.status()).as(operation.name() + ": " + reply.text()).isNotEqualTo(401);
            }
        }
    }

    @Test
    void everyOperationListsTheRepliesOfTheLayersInFront() {
        for (var operation : operations()) {
            var prefix = operation.stack() ? "#/components/responses/Stack" : "#/components/responses/";
            EARLY_STATUSES.forEach((status, name) -> assertThat(map(operation.responses().get(status)).get("$ref"))
                    .as(operation.name() + " " + status).isEqualTo(prefix + name));
            assertThat(operation.responses()).as(operation.name()).containsKeys("400", "503");
            assertThat(operation.responses().containsKey("415")).as(operation.name() + " 415 with a body only")
                    .isEqualTo(operation.body().containsKey("requestBody"));
        }
        var responses = map(map(document.get("components")).get("responses"));
        var payload = map(map(map(responses.get("StackPayloadTooLarge")).get("content")).get("application/json"));
        assertThat(list(map(payload.get("schema")).get("anyOf"))).as("Stack's format, or the contract's")
                .containsExactly(Map.of("$ref", "#/components/schemas/StackError"),
                        Map.of("$ref", "#/components/schemas/Error"));
        assertThat(map(payload.get("example"))).isEqualTo(Map.of("code", "RequestBodyTooLarge",
                "error", "Request body too large"));
    }

    @Test
    void everyErrorReplyIsAReferenceToAReplyInTheContractFormatWithMatchingExamples() {
        var components = map(map(document.get("components")).get("responses"));
        var used = new HashSet<String>();
        for (var operation : operations()) {
            assertThat(operation.body()).as(operation.name()).containsKeys("summary", "tags", "operationId");
            if (operation.path().equals("/health") || operation.path().startsWith("/.well-known/")) {
                continue; // not the API's own replies: the health report and the key set, in their own formats
            }
            assertThat(operation.responses()).as(operation.name()).containsKey("503");
            operation.responses().forEach((status, response) -> {
                var code = Integer.parseInt(status);
                if (code < 400) {
                    if (code != 302) {
                        assertThat(map(response)).as(operation.name() + " " + status).containsKey("content");
                    }
                    return;
                }
                assertThat(map(response).keySet()).as(operation.name() + " " + status).containsExactly("$ref");
                var name = ((String) map(response).get("$ref")).replace("#/components/responses/", "");
                assertThat(components).as(operation.name() + " " + status).containsKey(name);
                used.add(name);
                if (EARLY.contains(name.replaceFirst("^Stack", ""))) {
                    return; // the framework's, before any controller: see everyOperationListsTheRepliesOfTheLayersInFront
                }
                if (operation.stack()) {
                    assertStackReply(name, map(components.get(name)), code, operation);
                    return;
                }
                for (var example : examples(map(components.get(name)), "Error")) {
                    assertThat(example.get("status_code")).as(name + " under " + operation.name()).isEqualTo(code);
                    assertThat((String) example.get("detail")).as(name).isNotBlank();
                    assertThat(example.get("extra")).as(name).isInstanceOf(Map.class);
                }
                if (code == 429) {
                    assertThat(map(map(components.get(name)).get("headers"))).as(name).containsKey("Retry-After");
                }
            });
        }
        assertThat(used).as("every documented error reply is used").isEqualTo(components.keySet());
    }

    /** A reply of the Stack-style surface: Stack's body and header, names answered with the status documented. */
    private static void assertStackReply(String name, Map<String, Object> response, int code, Operation operation) {
        if (operation.sdkOnly() || name.startsWith("StackSdk")) {
            assertSdkReply(name, response, code, operation);
            return;
        }
        assertThat(map(response.get("headers"))).as(name).containsKey("x-stack-known-error");
        if (code == 429) {
            assertThat(map(response.get("headers"))).as(name).containsKey("Retry-After");
        }
        for (var example : examples(response, "StackError")) {
            var known = (String) example.get("code");
            assertThat(known).as(name).matches("[A-Z][A-Za-z]+");
            assertThat(STACK_STATUSES.get(known)).as(known + " in " + name + " under " + operation.name())
                    .isEqualTo(code);
            assertThat((String) example.get("error")).as(name).isNotBlank();
            assertThat(example).as(name).doesNotContainKeys("detail", "status_code", "extra");
        }
    }

    /** In the SDK's codes, with Stack's statuses; a failure the SDK has no code for comes plain, without the header. */
    private static void assertSdkReply(String name, Map<String, Object> response, int code, Operation operation) {
        assertThat(name).startsWith("StackSdk");
        var examples = examples(response, "StackError");
        var named = examples.stream().filter(example -> example.containsKey("code")).toList();
        assertThat(response.containsKey("headers") && map(response.get("headers")).containsKey("x-stack-known-error"))
                .as(name).isEqualTo(!named.isEmpty());
        for (var example : examples) {
            assertThat((String) example.get("error")).as(name).isNotBlank();
            if (example.containsKey("code")) {
                var known = (String) example.get("code");
                assertThat(known).as(name).matches("[A-Z][A-Z_]+");
                assertThat(SDK_STATUSES.get(known)).as(known + " in " + name + " under " + operation.name())
                        .isEqualTo(code);
                assertThat(example.get("details")).as(name).isInstanceOf(Map.class);
            } else {
                assertThat(code).as(name).isGreaterThanOrEqualTo(429);
            }
        }
    }

    private static List<Map<String, Object>> examples(Map<String, Object> response, String schema) {
        var json = map(map(response.get("content")).get("application/json"));
        var refs = map(json.get("schema")).containsKey("anyOf")
                ? list(map(json.get("schema")).get("anyOf")).stream().map(each -> map(each).get("$ref")).toList()
                : List.of(map(json.get("schema")).get("$ref"));
        assertThat(refs).contains("#/components/schemas/" + schema);
        if (json.containsKey("example")) {
            return List.of(map(json.get("example")));
        }
        return map(json.get("examples")).values().stream().map(example -> map(map(example).get("value"))).toList();
    }

    @Test
    void theSchemasCarryNoneOfTheGeneratorsStrayFields() {
        var problems = new ArrayList<String>();
        walk(document, "", problems);
        assertThat(problems).isEmpty();
        var register = map(map(map(document.get("components")).get("schemas")).get("Requests.Register"));
        assertThat(list(register.get("required"))).containsExactlyInAnyOrder("username", "email", "password");
        assertThat(map(map(register.get("properties")).get("first_name")).get("type")).isEqualTo(List.of("string", "null"));
        var membership = map(map(map(map(document.get("components")).get("schemas")).get("AdminUsersController.Membership"))
                .get("properties")).get("level");
        assertThat(list(map(membership).get("enum"))).as("{level: null} removes a membership").contains("FELLOW").containsNull();
        assertThat(map(map(register.get("properties")).get("username")).get("type")).as("required: never null")
                .isEqualTo("string");
        assertThat(register.get("type")).isEqualTo("object");
    }

    /**
     * Every {@code $ref} names a part of the document: a file of {@code src/main/openapi} that does not parse is
     * left out by the processor without a word, and the operations that name its parts would point nowhere.
     */
    @Test
    void everyReferenceResolvesAndNoLibraryTypeLeaks() {
        var refs = new java.util.TreeSet<String>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty();
        for (var ref : refs) {
            Object node = document;
            for (var part : ref.substring(2).split("/")) {
                node = map(node).get(part.replace("~1", "/").replace("~0", "~"));
            }
            assertThat(node).as(ref).isInstanceOf(Map.class);
        }
        var schemas = map(map(document.get("components")).get("schemas"));
        assertThat(schemas).doesNotContainKey("JsonNode").containsKeys("StackUserUpdate", "RegistrationResponseJSON",
                "AuthenticationResponseJSON");
        var credential = map(map(map(schemas.get("PasskeyController.RegisterRequest")).get("properties"))
                .get("credential"));
        assertThat(credential.get("$ref")).isEqualTo("#/components/schemas/RegistrationResponseJSON");
    }

    private static void collectRefs(Object node, java.util.Set<String> refs) {
        if (node instanceof Map<?, ?> object) {
            if (object.get("$ref") instanceof String ref) {
                refs.add(ref);
            }
            object.values().forEach(value -> collectRefs(value, refs));
        } else if (node instanceof List<?> items) {
            items.forEach(value -> collectRefs(value, refs));
        }
    }

    private static void walk(Object node, String at, List<String> problems) {
        if (node instanceof Map<?, ?> object) {
            if (object.get("type") instanceof List<?> types && types.contains("object")
                    && types.stream().anyMatch(type -> !type.equals("object") && !type.equals("null"))) {
                problems.add(at + ": type " + types);
            }
            for (var key : List.of("exampleSetFlag", "allowableValues")) {
                if (object.containsKey(key)) {
                    problems.add(at + ": " + key);
                }
            }
            object.forEach((key, value) -> walk(value, at + "/" + key, problems));
        } else if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), at + "/" + i, problems);
            }
        }
    }

    @Test
    void thePasswordFlowsTokenUrlGivesATokenThatOpensTheMeEndpoint() {
        var flow = map(map(map(map(map(document.get("components")).get("securitySchemes")).get("password"))
                .get("flows")).get("password"));
        var tokenUrl = (String) flow.get("tokenUrl");
        var name = api.kit().register(unique("openapi")).username();

        // what Swagger UI posts for the password flow
        var form = "grant_type=password&username=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        var token = api.send("POST", tokenUrl, form, "application/x-www-form-urlencoded");
        assertThat(token.status()).as(token.text()).isEqualTo(200);
        assertThat(token.string("token_type")).isEqualTo("bearer");

        var me = api.get("/api/auth/me", "Authorization", "Bearer " + token.string("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("username")).isEqualTo(name);
        var security = list(map(map(map(document.get("paths")).get("/api/auth/me")).get("get")).get("security"));
        assertThat(security).contains(Map.of("password", List.of()));
    }
}
