package dev.warden.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.bootstrap.ContractViolation.Kind;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conformance check itself: it must fail what the document does not describe, or it proves nothing. */
class OpenApiConformanceTest {
    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {
              "/api/things/{id}": {
               "get": {
                "parameters": [{"name": "id", "in": "path", "required": true,
                                "schema": {"type": "string", "pattern": "^[0-9a-f]{4}$"}},
                               {"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 100}}],
                "responses": {
                 "200": {"description": "A thing",
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"$ref": "#/components/responses/NotFound"},
                 "429": {"$ref": "#/components/responses/Throttled"}}},
               "put": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "requestBody": {"required": true,
                 "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {
                 "200": {"description": "Saved",
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "422": {"$ref": "#/components/responses/NotFound"}}}},
              "/api/things/latest": {
               "get": {"responses": {"204": {"description": "Nothing"}}}},
              "/api/token": {
               "post": {
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                 "type": "object", "required": ["grant_type"],
                 "properties": {"grant_type": {"enum": ["password"]}, "ttl": {"type": "integer"}}}}}},
                "responses": {"200": {"description": "A token"}, "400": {"$ref": "#/components/responses/NotFound"}}}}},
             "components": {
              "schemas": {
               "Thing": {"type": "object", "required": ["id", "created"],
                         "properties": {"id": {"type": "string"}, "created": {"type": "string", "format": "date-time"},
                                        "count": {"type": "integer"}}},
               "Error": {"type": "object", "required": ["detail", "status_code", "extra"],
                         "properties": {"detail": {"type": "string"}, "status_code": {"type": "integer"},
                                        "extra": {"type": "object"}}},
               "StackError": {"type": "object", "required": ["code", "error"],
                              "properties": {"code": {"type": "string"}, "error": {"type": "string"}}}},
              "responses": {
               "Throttled": {"description": "Too many",
                             "headers": {"Retry-After": {"required": true, "schema": {"type": "integer"}}},
                             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
               "NotFound": {"description": "Not found",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}}
            """;
    private static final String THING = "{\"id\": \"beef\", \"created\": \"2026-12-06T17:00:00Z\"}";
    private static final String NOT_FOUND = "{\"detail\": \"Not found\", \"status_code\": 404, \"extra\": {}}";

    private final OpenApiConformance conformance = new OpenApiConformance(OpenApiContract.of(DOCUMENT));

    @Test
    void aDocumentedReplyPasses() {
        assertThat(conformance.violations(get("/api/things/beef?size=10", 200, THING))).isEmpty();
        assertThat(conformance.violations(get("/api/things/beef", 404, NOT_FOUND))).isEmpty();
    }

    @Test
    void literalSegmentsWinOverTemplates() {
        assertThat(conformance.violations(get("/api/things/latest", 204, ""))).isEmpty();
    }

    @Test
    void aTrailingSlashIsHeldToTheOperationItReaches() {
        assertThat(kinds(get("/api/things/beef/", 200, THING))).isEmpty();
        assertThat(kinds(get("/api/things/beef/", 500, NOT_FOUND))).containsExactly(Kind.UNDOCUMENTED_STATUS);
    }

    @Test
    void headIsGetWithoutTheContent() {
        assertThat(kinds(send("HEAD", "/api/things/beef", null, null, 200, ""))).isEmpty();
        assertThat(kinds(send("HEAD", "/api/things/beef", null, null, 500, "")))
                .containsExactly(Kind.UNDOCUMENTED_STATUS);
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(kinds(get("/api/things/beef", 500, NOT_FOUND))).containsExactly(Kind.UNDOCUMENTED_STATUS);
    }

    @Test
    void aBodyWithoutARequiredPropertyFails() {
        var violations = conformance.violations(get("/api/things/beef", 200, "{\"id\": \"beef\"}"));

        assertThat(violations).extracting(ContractViolation::kind).containsExactly(Kind.BODY_MISMATCH);
        assertThat(violations.getFirst().detail()).contains("created", "/components/schemas/Thing");
    }

    @Test
    void aWrongTypeOrFormatFails() {
        assertThat(kinds(get("/api/things/beef", 200,
                "{\"id\": \"beef\", \"created\": \"2026-12-06T17:00:00Z\", \"count\": \"3\"}")))
                .containsExactly(Kind.BODY_MISMATCH);
        assertThat(kinds(get("/api/things/beef", 200, "{\"id\": \"beef\", \"created\": \"yesterday\"}")))
                .containsExactly(Kind.BODY_MISMATCH);
    }

    @Test
    void documentedHeadersMustBeThereWhereRequiredAndMatch() {
        var tooMany = "{\"detail\": \"Too many\", \"status_code\": 429, \"extra\": {}}";
        var uri = URI.create("http://localhost/api/things/beef");
        var json = List.of("application/json");

        assertThat(kinds(new Exchange("GET", uri, Map.of(), null, 429,
                Map.of("Content-Type", json, "Retry-After", List.of("42")), tooMany))).isEmpty();
        assertThat(kinds(new Exchange("GET", uri, Map.of(), null, 429,
                Map.of("Content-Type", json, "Retry-After", List.of("soon")), tooMany)))
                .containsExactly(Kind.HEADER_MISMATCH);
        assertThat(kinds(new Exchange("GET", uri, Map.of(), null, 429, Map.of("Content-Type", json), tooMany)))
                .containsExactly(Kind.HEADER_MISMATCH);
    }

    @Test
    void aContentTypeTheResponseDoesNotDeclareFails() {
        var exchange = new Exchange("GET", URI.create("http://localhost/api/things/beef"), Map.of(), null, 200,
                Map.of("Content-Type", List.of("text/plain")), THING);

        assertThat(kinds(exchange)).containsExactly(Kind.CONTENT_TYPE);
    }

    @Test
    void anUnknownPathMustAnswerTheContractsNotFound() {
        assertThat(kinds(get("/api/nothing", 200, THING))).containsExactly(Kind.UNKNOWN_PATH);
        assertThat(kinds(get("/api/nothing", 404, "{\"message\": \"Not Found\"}"))).containsExactly(Kind.UNKNOWN_PATH);
        assertThat(kinds(get("/api/nothing", 404, NOT_FOUND))).isEmpty();
    }

    @Test
    void anUnknownPathOfTheStackSurfaceMustAnswerStacksNotFound() {
        assertThat(kinds(get("/api/v1/nothing", 404, "{\"code\": \"NotFound\", \"error\": \"Not found\"}"))).isEmpty();
        assertThat(kinds(get("/api/v1/nothing", 404, NOT_FOUND))).containsExactly(Kind.UNKNOWN_PATH);
    }

    @Test
    void aMethodThePathDoesNotTakeMustAnswer405() {
        assertThat(kinds(send("DELETE", "/api/things/beef", null, null, 200, THING)))
                .containsExactly(Kind.UNDOCUMENTED_METHOD);
        assertThat(kinds(send("DELETE", "/api/things/beef", null, null, 405,
                "{\"detail\": \"Method not allowed\", \"status_code\": 405, \"extra\": {}}"))).isEmpty();
    }

    @Test
    void aRequestTheDocumentDoesNotDescribeMustGetADocumented4xx() {
        var json = "application/json";
        assertThat(kinds(send("PUT", "/api/things/beef", "{\"id\": 1}", json, 200, THING)))
                .containsExactly(Kind.REQUEST_NOT_DESCRIBED);
        assertThat(kinds(send("PUT", "/api/things/beef", "{\"id\": 1}", json, 422, NOT_FOUND))).isEmpty();
        assertThat(kinds(send("PUT", "/api/things/beef", null, null, 200, THING)))
                .containsExactly(Kind.REQUEST_NOT_DESCRIBED);
        assertThat(kinds(get("/api/things/BEEF", 200, THING))).containsExactly(Kind.REQUEST_NOT_DESCRIBED);
        assertThat(kinds(get("/api/things/beef?size=1000", 200, THING))).containsExactly(Kind.REQUEST_NOT_DESCRIBED);
    }

    @Test
    void formsAreReadAsObjectsOfTheirFieldsTypes() {
        var form = "application/x-www-form-urlencoded";
        assertThat(kinds(send("POST", "/api/token", "grant_type=password&ttl=60", form, 200, ""))).isEmpty();
        assertThat(kinds(send("POST", "/api/token", "grant_type=magic", form, 200, "")))
                .containsExactly(Kind.REQUEST_NOT_DESCRIBED);
        assertThat(kinds(send("POST", "/api/token", "grant_type=password&ttl=soon", form, 200, "")))
                .containsExactly(Kind.REQUEST_NOT_DESCRIBED);
    }

    @Test
    void theDeliberatelyUndocumentedRoutesPass() {
        assertThat(kinds(get("/openapi.json", 200, "{}"))).isEmpty();
        assertThat(kinds(get("/health/readiness", 200, "{}"))).isEmpty();
    }

    private List<Kind> kinds(Exchange exchange) {
        return conformance.violations(exchange).stream().map(ContractViolation::kind).toList();
    }

    private static Exchange get(String pathAndQuery, int status, String replyBody) {
        return send("GET", pathAndQuery, null, null, status, replyBody);
    }

    private static Exchange send(String method, String pathAndQuery, String body, String contentType, int status,
            String replyBody) {
        var headers = contentType == null ? Map.<String, List<String>>of()
                : Map.of("Content-Type", List.of(contentType));
        return new Exchange(method, URI.create("http://localhost" + pathAndQuery), headers, body, status,
                Map.of("Content-Type", List.of("application/json")), replyBody);
    }
}
