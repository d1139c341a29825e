package dev.warden.bootstrap;

import dev.warden.bootstrap.ContractViolation.Kind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;

/**
 * Holds every exchange of the HTTP tests against the service's OpenAPI document, so that the document cannot drift
 * from what the service does: a request is matched to its operation (path template, method), classified as
 * described or not, and its reply must be one the operation documents (status, Content-Type, body against the
 * schema, the documented headers); a request the document does not describe must get one of the operation's
 * documented 4xx. Paths the document does not know must answer the contract's 404, unless {@link UndocumentedRoutes}
 * lists them.
 */
final class OpenApiConformance {
    private static final String ERROR = "/components/schemas/Error";
    /** The Stack-style surface answers in Stack's error format, for the paths it does not have too. */
    private static final String STACK_ERROR = "/components/schemas/StackError";
    private static final String STACK_SURFACE = "/api/v1/";
    private static final int SHOWN_BODY = 500;
    /** Every test context serves the same document: the first one fetched serves the whole JVM. */
    private static volatile OpenApiConformance served;

    private final OpenApiContract contract;
    private final PathTemplates templates;
    private final RequestCheck requests;

    OpenApiConformance(OpenApiContract contract) {
        this.contract = contract;
        this.templates = new PathTemplates(contract.document().path("paths").propertyNames());
        this.requests = new RequestCheck(contract);
    }

    /** The conformance to the document the service at {@code base} serves, fetched and compiled once per JVM. */
    static OpenApiConformance servedBy(URI base) {
        var conformance = served;
        if (conformance == null) {
            synchronized (OpenApiConformance.class) {
                if (served == null) {
                    served = new OpenApiConformance(OpenApiContract.servedBy(base));
                }
                conformance = served;
            }
        }
        return conformance;
    }

    /** Checks {@code exchange} and hands what departs from the document to {@link ConformanceLog}. */
    void verify(Exchange exchange) {
        ConformanceLog.record(exchange, violations(exchange));
    }

    /** How {@code exchange} departs from the document; empty when the document describes it. */
    List<ContractViolation> violations(Exchange exchange) {
        if (UndocumentedRoutes.covers(exchange)) {
            return List.of();
        }
        var match = templates.match(exchange.path());
        if (match.isEmpty()) {
            return contractError(exchange, 404, Kind.UNKNOWN_PATH, exchange.method() + " " + exchange.path());
        }
        var template = match.get().template();
        var operation = operation(template, exchange.method());
        var name = exchange.method() + " " + template;
        if (contract.document().at(operation).isMissingNode()) {
            return contractError(exchange, 405, Kind.UNDOCUMENTED_METHOD, name);
        }
        var violations = new ArrayList<ContractViolation>();
        var reasons = requests.reasons(operation, match.get(), exchange);
        if (!reasons.isEmpty() && exchange.status() / 100 != 4) {
            violations.add(violation(Kind.REQUEST_NOT_DESCRIBED, name, exchange,
                    "the document does not describe the request, yet the reply is not a 4xx: " + reasons));
        }
        var response = response(operation, exchange.status());
        if (response == null) {
            violations.add(violation(Kind.UNDOCUMENTED_STATUS, name, exchange, "the status is none of "
                    + contract.document().at(operation + "/responses").propertyNames()
                    + (reasons.isEmpty() ? "" : "; the request is not described: " + reasons)));
            return violations;
        }
        violations.addAll(headers(name, exchange, contract.dereference(response)));
        violations.addAll(reply(name, exchange, contract.dereference(response)));
        return violations;
    }

    /** The operation's pointer; HEAD is GET without the content (RFC 9110, 9.3.2) where no HEAD is documented. */
    private String operation(String template, String method) {
        var path = "/paths/" + OpenApiContract.escape(template) + "/";
        var operation = path + method.toLowerCase(Locale.ROOT);
        return method.equals("HEAD") && contract.document().at(operation).isMissingNode() ? path + "get" : operation;
    }

    /** The pointer of the response the operation documents for {@code status}: exact, its range, or default. */
    private String response(String operation, int status) {
        var responses = contract.document().at(operation + "/responses");
        for (var key : List.of(String.valueOf(status), status / 100 + "XX", "default")) {
            if (responses.has(key)) {
                return operation + "/responses/" + key;
            }
        }
        return null;
    }

    /** The response's documented headers: present where required, valid against their schemas where present. */
    private List<ContractViolation> headers(String name, Exchange exchange, String response) {
        var violations = new ArrayList<ContractViolation>();
        for (var header : contract.document().at(response + "/headers").propertyNames()) {
            if (header.equalsIgnoreCase("Content-Type")) {
                continue;   // OpenAPI ignores it: the content's keys say it
            }
            var pointer = contract.dereference(response + "/headers/" + OpenApiContract.escape(header));
            var value = exchange.replyHeader(header);
            if (value.isEmpty()) {
                if (contract.document().at(pointer + "/required").asBoolean()) {
                    violations.add(violation(Kind.HEADER_MISMATCH, name, exchange, "no " + header + " header, "
                            + "where " + pointer + " requires one"));
                }
                continue;
            }
            var schema = pointer + "/schema";
            if (contract.document().at(schema).isMissingNode()) {
                continue;
            }
            var errors = contract.validate(schema, RequestCheck.typed(value.get(), contract.resolve(schema)));
            if (!errors.isEmpty()) {
                violations.add(violation(Kind.HEADER_MISMATCH, name, exchange, "the " + header + " header '"
                        + value.get() + "' does not match " + schema + ": " + errors));
            }
        }
        return violations;
    }

    private List<ContractViolation> reply(String name, Exchange exchange, String response) {
        var content = contract.document().at(response + "/content");
        var head = exchange.method().equals("HEAD");   // may leave out what only the content determines (RFC 9110)
        if (content.isMissingNode() || content.isEmpty() || head && exchange.replyContentType().isEmpty()) {
            return List.of();
        }
        var mediaType = exchange.replyContentType().orElse("");
        var declared = MediaTypes.match(mediaType, content.propertyNames());
        if (declared.isEmpty()) {
            return List.of(violation(Kind.CONTENT_TYPE, name, exchange, "Content-Type '" + mediaType
                    + "' is none of " + content.propertyNames() + " (" + response + ")"));
        }
        var schema = response + "/content/" + OpenApiContract.escape(declared.get()) + "/schema";
        if (contract.document().at(schema).isMissingNode() || !MediaTypes.isJson(mediaType) || head) {
            return List.of();
        }
        return body(name, exchange, schema, Kind.BODY_MISMATCH);
    }

    /** Where the document has no operation: the reply must be the contract's error with {@code status}. */
    private List<ContractViolation> contractError(Exchange exchange, int status, Kind kind, String name) {
        if (exchange.status() != status) {
            return List.of(violation(kind, name, exchange, "no operation in the document, and the reply is not the "
                    + "contract's " + status));
        }
        return body(name, exchange, exchange.path().startsWith(STACK_SURFACE) ? STACK_ERROR : ERROR, kind);
    }

    private List<ContractViolation> body(String name, Exchange exchange, String schema, Kind kind) {
        if (exchange.replyBody().isBlank()) {
            return List.of(violation(kind, name, exchange, "no body, where the document declares " + schema));
        }
        List<String> errors;
        try {
            errors = contract.validate(schema, OpenApiContract.parse(exchange.replyBody()));
        } catch (JacksonException e) {
            errors = List.of("the body is not JSON: " + e.getOriginalMessage());
        }
        return errors.isEmpty() ? List.of()
                : List.of(violation(kind, name, exchange, "the body does not match " + schema + ": " + errors));
    }

    private static ContractViolation violation(Kind kind, String name, Exchange exchange, String detail) {
        var body = exchange.replyBody();
        var shown = body.length() > SHOWN_BODY ? body.substring(0, SHOWN_BODY) + "…" : body;
        return new ContractViolation(kind, name, exchange.status(), detail + "; body: " + shown);
    }
}
