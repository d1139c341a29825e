package dev.warden.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.Map;

/**
 * What is wrong with an error reply, if anything: its body must be in an error format, the contract's
 * {@code {"detail": string, "status_code": int, "extra": object}} with the reply's status, or on {@code /api/v1}
 * Stack's {@code {"code"?: string, "error": string}} (or the contract's, where the document says that the layers in
 * front of the operation answer so); and it must be what the document's schema for the status admits.
 */
final class ErrorFormat {
    private final OpenApiDocument document;
    private final JsonMapper json;

    ErrorFormat(OpenApiDocument document, JsonMapper json) {
        this.document = document;
        this.json = json;
    }

    /** Null when the reply is in the operation's error format and its documented schema. */
    String problem(OpenApiOperation operation, Api.Reply reply) {
        Map<String, Object> body;
        try {
            body = json.readValue(reply.text(), Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            return "answered a body that is not a JSON object";
        }
        var status = body.get("status_code");
        var contract = body.get("detail") instanceof String && status instanceof Number number
                && number.intValue() == reply.status() && body.get("extra") instanceof Map<?, ?>;
        var stack = body.get("error") instanceof String && (!body.containsKey("code") || body.get("code") instanceof String);
        if (!contract && !(operation.isStack() && stack)) {
            return operation.isStack() ? "answered outside Stack's error format {\"code\"?, \"error\"}"
                    : "answered outside the contract's error format {\"detail\", \"status_code\", \"extra\"}";
        }
        var schema = JsonSchema.of(operation.reply(reply.status()).orElseThrow(), document);
        return SchemaChecks.admits(schema, body) ? null
                : "answered a body that the document's schema for " + reply.status() + " refuses";
    }
}
