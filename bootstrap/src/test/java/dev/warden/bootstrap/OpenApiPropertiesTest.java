package dev.warden.bootstrap;

import static org.quicktheories.QuickTheory.qt;

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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

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
 * Every exchange is also held to the document by {@link OpenApiConformance}, as {@link Api} holds every exchange of
 * the HTTP tests: what it finds departing is a failure of the operation too, with its message. Each property is a
 * QuickTheories theory ({@code qt()}) run by this plain JUnit test, on the service started once for both. Its first
 * tries are QuickTheories' boundaries (every choice at its shrink target, so the shortest strings and only the
 * required properties; then every choice at its minimum; then at its maximum), the others random. A failure lists
 * every operation that failed in the try, with its request and the reply; QuickTheories then shrinks the requests
 * (the replies are remembered, so that a shrinking step sends only the request it changed, and a request that an
 * earlier try sent already is not sent again), and the report gives the shrunk try, every operation that failed only
 * in the other tries (before it, or while shrinking), and the seed: {@code -Dopenapi.seed=<seed>} generates the same
 * requests again (the seed is random otherwise, and printed at the start). The number of tries of each property and
 * the counts of requests and statuses per operation are printed at the end. An operation whose document admits no
 * request (a schema that no value satisfies) fails the first property at every try. The document under test is
 * written to {@code target/openapi-under-test.json}, for the reader of a failure. No operation is skipped: the OAuth
 * redirects are not followed, so they are tested as the 302 (or the 4xx for an unknown provider) that they are.
 */
class OpenApiPropertiesTest {
    /** Sweeps of every operation per property: with the service's start, about a minute on two busy cores. */
    private static final int TRIES = 8;
    /** Shrinking steps after a failure: each sends the requests it changed, so this bounds the run. */
    private static final int SHRINK_STEPS = 100;
    /** A bound on the search (not on shrinking) of each property, should the service be slow. */
    private static final long SEARCH_SECONDS = 40;
    private static final long SEED = Long.getLong("openapi.seed", System.nanoTime());
    private static final String FORM = "application/x-www-form-urlencoded";
    /** The message of {@link ConformanceLog}'s failure, with the status of the exchange. */
    private static final Pattern DEPARTURE =
            Pattern.compile("^The OpenAPI document does not describe \\S+ \\S+ -> (\\d{3}):");

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
    private static final Map<GeneratedRequest, Answer> replies = new ConcurrentHashMap<>();
    private static final StatusTally tally = new StatusTally();

    @BeforeAll
    static void start() throws IOException {
        System.out.println("OpenApiPropertiesTest: seed " + SEED + " (-Dopenapi.seed=" + SEED + " generates the same"
                + " requests again)");
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

    @AfterAll
    static void stop() {
        System.out.println(tally);
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @Test
    void requestsThatTheDocumentAdmitsAreAnsweredAsDocumented() {
        check("requestsThatTheDocumentAdmitsAreAnsweredAsDocumented", validSweeps(), (sweep, failures) -> {
            unsatisfiable.forEach((operation, problem) -> failures.put(operation, operation
                    + " admits no request by its document: " + problem));
            for (var request : sweep) {
                var answer = send(request, "valid");
                if (answer.departure() != null) {
                    failures.put(request.operation(), departure(request, answer.departure()));
                    continue;
                }
                var reply = answer.reply();
                var status = reply.status();
                if (status >= 500 || status == 422 || !request.operation().documents(status)) {
                    failures.put(request.operation(), failure(request, reply, status >= 500 ? "failed"
                            : status == 422 ? "refused a request that the document admits"
                            : "answered a status that the operation does not document"));
                }
            }
        });
    }

    @Test
    void requestsThatTheDocumentRefusesAreRefusedInTheErrorFormat() {
        check("requestsThatTheDocumentRefusesAreRefusedInTheErrorFormat", invalidSweeps(), (sweep, failures) -> {
            for (var request : sweep.stream().filter(Objects::nonNull).toList()) {
                var answer = send(request, "invalid");
                if (answer.departure() != null) {
                    failures.put(request.operation(), departure(request, answer.departure()));
                    continue;
                }
                var reply = answer.reply();
                var status = reply.status();
                var problem = status < 400 ? "accepted a request that the document refuses"
                        : status >= 500 ? "failed"
                        : !request.operation().documents(status)
                        ? "answered a status that the operation does not document"
                        : errorFormat.problem(request.operation(), reply);
                if (problem != null) {
                    failures.put(request.operation(), failure(request, reply, problem));
                }
            }
        });
    }

    /** One valid request per operation. */
    private static Gen<List<GeneratedRequest>> validSweeps() {
        return Generators.sequence(operations.stream().map(requests::valid).toList());
    }

    /** One invalid request per operation that has one (null for the others, which the document lets take anything). */
    private static Gen<List<GeneratedRequest>> invalidSweeps() {
        return Generators.sequence(operations.stream().map(operation -> requests.valid(operation).flatMap(valid -> {
            var body = operation.body() == null ? null : JsonSchema.of(operation.body(), document);
            var invalid = mutations.of(valid, body);
            return invalid.isEmpty() ? Generators.constant((GeneratedRequest) null) : Generators.pick(invalid);
        })).toList());
    }

    /**
     * Runs {@code property} on {@code TRIES} sweeps of {@code sweeps}: it puts in its map what each operation did
     * wrong, and a sweep fails when the map is not empty.
     */
    private static void check(String name, Gen<List<GeneratedRequest>> sweeps, SweepCheck property) {
        var seen = new LinkedHashMap<OpenApiOperation, String>();
        var tries = new AtomicInteger();
        qt().withFixedSeed(SEED).withExamples(TRIES).withTestingTime(SEARCH_SECONDS, TimeUnit.SECONDS)
                .withShrinkCycles(SHRINK_STEPS).withGenerateAttempts(Integer.MAX_VALUE)
                .withReporter(new FailureReport(name, seen))
                .forAll(sweeps)
                .checkAssert(sweep -> {
                    tries.incrementAndGet();
                    var failures = new LinkedHashMap<OpenApiOperation, String>();
                    property.check(sweep, failures);
                    failures.forEach(seen::putIfAbsent);
                    if (!failures.isEmpty()) {
                        throw new SweepFailure(failures);
                    }
                });
        System.out.println(name + ": " + tries + " tries passed");
    }

    @FunctionalInterface
    private interface SweepCheck {
        void check(List<GeneratedRequest> sweep, Map<OpenApiOperation, String> failures);
    }

    /** What the operations of one sweep did wrong, by operation. */
    private static final class SweepFailure extends AssertionError {
        private final Map<OpenApiOperation, String> failures;

        SweepFailure(Map<OpenApiOperation, String> failures) {
            super(failures.size() + " operation(s) disagree with the document:\n"
                    + String.join("\n", failures.values()));
            this.failures = Map.copyOf(failures);
        }
    }

    /**
     * QuickTheories' report of a failure, as the failures of the shrunk sweep (each operation with its request and
     * reply), those of the operations that failed only in other sweeps tried (before it, or while shrinking), and the
 * seed.
     */
    private record FailureReport(String property, Map<OpenApiOperation, String> seen) implements Reporter {
        @Override
        public void falisification(long seed, int examples, Object smallest, Throwable cause,
                                   List<Object> falsifying, AsString<Object> asString) {
            var text = new StringBuilder(property + " falsified after " + examples + " sweep(s) (seed " + seed
                    + ", -Dopenapi.seed=" + seed + " generates them again); the sweep shrunk in "
                    + Math.max(0, falsifying.size() - 1) + " step(s):\n" + cause.getMessage());
            var shrunk = cause instanceof SweepFailure failure ? failure.failures.keySet() : Set.of();
            var before = seen.entrySet().stream().filter(entry -> !shrunk.contains(entry.getKey()))
                    .map(Map.Entry::getValue).toList();
            if (!before.isEmpty()) {
                text.append("\nand in the other sweeps tried (before it, or while shrinking):\n")
                        .append(String.join("\n", before));
            }
            throw new AssertionError(text.toString(), cause);
        }

        @Override
        public void falisification(long seed, int examples, Object smallest, List<Object> falsifying,
                                   AsString<Object> asString) {
            throw new AssertionError(property + " falsified after " + examples + " sweep(s) (seed " + seed + ")");
        }

        @Override
        public void valuesExhausted(int examples) {
            throw new IllegalStateException(property + ": no sweep generated after " + examples + " sweep(s)");
        }
    }

    /**
     * What an operation answered a request: the reply, or the {@link AssertionError} with which
     * {@link OpenApiConformance} (which {@link Api} holds every exchange to) found the exchange departing from the
     * document, its method, URI, status and what departs in its message. It is one failure of its operation, so that
     * the sweep goes on to the others.
     */
    private record Answer(Api.Reply reply, AssertionError departure) {}

    private static Answer send(GeneratedRequest request, String kind) {
        var known = replies.get(request);
        if (known != null) {
            return known;
        }
        var operation = request.operation();
        var headers = new ArrayList<>(List.of(callers.headersFor(operation)));
        request.headers().forEach((name, value) -> headers.addAll(List.of(name, value)));
        var body = request.bodyText();
        var contentType = body == null ? null : FORM.equals(operation.bodyType()) ? FORM : "application/json";
        Answer answer;
        try {
            var reply = api.send(operation.method(), request.target(), body, contentType,
                    headers.toArray(String[]::new));
            tally.count(operation, kind, reply.status());
            answer = new Answer(reply, null);
        } catch (AssertionError e) {
            var status = DEPARTURE.matcher(String.valueOf(e.getMessage()));
            if (!status.find()) {
                throw e;
            }
            tally.count(operation, kind, Integer.parseInt(status.group(1)));
            answer = new Answer(null, e);
        }
        replies.put(request, answer);
        return answer;
    }

    private static String departure(GeneratedRequest request, AssertionError departure) {
        return request.operation() + " departs from the document (OpenApiConformance)\n    " + request + "\n    -> "
                + departure.getMessage().replace("\n", "\n       ");
    }

    private static String failure(GeneratedRequest request, Api.Reply reply, String problem) {
        return request.operation() + " " + problem + " (documents " + request.operation().statuses() + ")\n    "
                + request + "\n    -> " + reply.status() + " " + reply.text();
    }
}
