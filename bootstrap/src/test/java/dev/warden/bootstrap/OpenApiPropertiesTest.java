package dev.warden.bootstrap;

import dev.warden.adapter.memory.InMemoryOutbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The OpenAPI document against the service, by property-based tests generated from the document alone (what
 * schemathesis would do, in the build): each try sends one request to every operation, and
 * <ul>
 *   <li>a request that the document admits is never refused for its shape (422), never fails (5xx), and gets a
 *   status that the operation documents (a 401 for a wrong password or a 404 for an unknown id is fine);</li>
 *   <li>a request that one mutation made invalid by the document gets a 4xx that the operation documents, in the
 *   error format ({@link ErrorFormat}: the contract's {@code {"detail", "status_code", "extra"}}, or Stack's
 *   {@code {"code"?, "error"}} on {@code /api/v1}) and in the schema that the document gives the reply.</li>
 * </ul>
 * A failure lists every operation that failed in the try, with its request and the reply; jqwik then shrinks the
 * requests (the replies are remembered, so that a shrinking step sends only the request it changed, and a request
 * that an earlier try sent already is not sent again). The counts of requests and statuses per operation are printed
 * at the end. An operation whose document admits no request (a schema that no value satisfies) fails the first
 * property at every try. The document under test is written to {@code target/openapi-under-test.json}, for the reader
 * of a failure. No operation is skipped: the OAuth redirects are not followed, so they are tested as the 302 (or the
 * 4xx for an unknown provider) that they are.
 */
class OpenApiPropertiesTest {
    /** Sweeps of every operation per property: with the service's start, about a minute on two busy cores. */
    private static final int TRIES = 8;
    private static final String FORM = "application/x-www-form-urlencoded";

    private static EmbeddedServer server;
    private static Api api;
    private static OpenApiDocument document;
    /** The operations that requests are generated for: those whose document admits at least one request. */
    private static final List<OpenApiOperation> operations = new ArrayList<>();
    /** The others, with what in their document admits no value. */
    private static final Map<OpenApiOperation, String> unsatisfiable = new LinkedHashMap<>();
    private static OperationRequests requests;
    private static SchemaMutations mutations;
    private static PropertyCallers callers;
    private static ErrorFormat errorFormat;
    private static final Map<GeneratedRequest, Api.Reply> replies = new ConcurrentHashMap<>();
    private static final StatusTally tally = new StatusTally();

    @BeforeContainer
    static void start() throws IOException {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "auth.bootstrap-admin.username", PropertyCallers.ADMIN,
                "auth.bootstrap-admin.email", PropertyCallers.ADMIN + "@example.com",
                "auth.bootstrap-admin.password", PropertyCallers.PASSWORD), "test", OutboxFactory.ENVIRONMENT);
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        var reply = api.get("/openapi.json");
        if (reply.status() != 200) {
            throw new IllegalStateException("no document: " + reply.status());
        }
        Files.writeString(Path.of("target", "openapi-under-test.json"), reply.text());
        document = new OpenApiDocument(reply.body());
        requests = new OperationRequests(document);
        for (var operation : document.operations()) {
            try {
                requests.valid(operation);
                operations.add(operation);
            } catch (IllegalArgumentException e) {
                unsatisfiable.put(operation, e.getMessage());
            }
        }
        mutations = new SchemaMutations(requests);
        callers = new PropertyCallers(api, server.getApplicationContext().getBean(InMemoryOutbox.class));
        errorFormat = new ErrorFormat(document, server.getApplicationContext().getBean(JsonMapper.class));
    }

    @AfterContainer
    static void stop() {
        System.out.println(tally);
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void requestsThatTheDocumentAdmitsAreAnsweredAsDocumented(@ForAll("validSweeps") List<GeneratedRequest> sweep) {
        var failures = new ArrayList<String>();
        unsatisfiable.forEach((operation, problem) -> failures.add(operation + " admits no request by its document: "
                + problem));
        for (var request : sweep) {
            var reply = send(request, "valid");
            var status = reply.status();
            if (status >= 500 || status == 422 || !request.operation().documents(status)) {
                failures.add(failure(request, reply, status >= 500 ? "failed"
                        : status == 422 ? "refused a request that the document admits"
                        : "answered a status that the operation does not document"));
            }
        }
        assertNone(failures);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void requestsThatTheDocumentRefusesAreRefusedInTheErrorFormat(@ForAll("invalidSweeps") List<GeneratedRequest> sweep) {
        var failures = new ArrayList<String>();
        for (var request : sweep.stream().filter(Objects::nonNull).toList()) {
            var reply = send(request, "invalid");
            var status = reply.status();
            var problem = status < 400 ? "accepted a request that the document refuses"
                    : status >= 500 ? "failed"
                    : !request.operation().documents(status) ? "answered a status that the operation does not document"
                    : errorFormat.problem(request.operation(), reply);
            if (problem != null) {
                failures.add(failure(request, reply, problem));
            }
        }
        assertNone(failures);
    }

    @Provide
    Arbitrary<List<GeneratedRequest>> validSweeps() {
        return Combinators.combine(operations.stream().map(requests::valid).toList()).as(List::copyOf);
    }

    /** One invalid request per operation that has one (null for the others, which the document lets take anything). */
    @Provide
    Arbitrary<List<GeneratedRequest>> invalidSweeps() {
        return Combinators.combine(operations.stream().map(operation -> requests.valid(operation).flatMap(valid -> {
            var body = operation.body() == null ? null : JsonSchema.of(operation.body(), document);
            var invalid = mutations.of(valid, body);
            return invalid.isEmpty() ? Arbitraries.just((GeneratedRequest) null)
                    : SchemaArbitraries.pick(invalid).map(GeneratedRequest.class::cast);
        })).toList()).as(ArrayList::new);
    }

    private static Api.Reply send(GeneratedRequest request, String kind) {
        var known = replies.get(request);
        if (known != null) {
            return known;
        }
        var operation = request.operation();
        var headers = new ArrayList<>(List.of(callers.headersFor(operation)));
        request.headers().forEach((name, value) -> headers.addAll(List.of(name, value)));
        var body = request.bodyText();
        var contentType = body == null ? null : FORM.equals(operation.bodyType()) ? FORM : "application/json";
        var reply = api.send(operation.method(), request.target(), body, contentType, headers.toArray(String[]::new));
        tally.count(operation, kind, reply.status());
        replies.put(request, reply);
        return reply;
    }

    private static String failure(GeneratedRequest request, Api.Reply reply, String problem) {
        return request.operation() + " " + problem + " (documents " + request.operation().statuses() + ")\n    "
                + request + "\n    -> " + reply.status() + " " + reply.text();
    }

    private static void assertNone(List<String> failures) {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " operation(s) disagree with the document:\n"
                    + String.join("\n", failures));
        }
    }
}
