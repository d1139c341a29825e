package dev.warden.bootstrap;

import java.util.Map;

/**
 * What is wrong with an error reply's body, if anything: the contract's {@code {"detail": string, "status_code":
 * int, "extra": object}} with the reply's status, or on {@code /api/v1} Stack's {@code {"code"?: string, "error":
 * string}}.
 */
final class ErrorFormat {
    private ErrorFormat() {
    }

    /** Null when the reply is in the operation's error format. */
    static String problem(OpenApiOperation operation, Api.Reply reply) {
        Map<String, Object> body = reply.body();
        if (operation.isStack()) {
            var named = !body.containsKey("code") || body.get("code") instanceof String;
            return body.get("error") instanceof String && named ? null
                    : "answered outside Stack's error format {\"code\"?, \"error\"}";
        }
        var status = body.get("status_code");
        return body.get("detail") instanceof String && status instanceof Number number
                && number.intValue() == reply.status() && body.get("extra") instanceof Map<?, ?> ? null
                : "answered outside the contract's error format {\"detail\", \"status_code\", \"extra\"}";
    }
}
