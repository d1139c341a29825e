package dev.warden.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generated JSON values as text, exactly as generated: {@code null} members stay (the service's JSON mapper may leave
 * them out, and a member that is null is not one that is absent).
 */
final class JsonText {
    private JsonText() {
    }

    static String write(Object value) {
        return switch (value) {
            case null -> "null";
            case String text -> quoted(text);
            case Map<?, ?> object -> object.entrySet().stream()
                    .map(entry -> quoted((String) entry.getKey()) + ":" + write(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
            case List<?> list -> list.stream().map(JsonText::write).collect(Collectors.joining(",", "[", "]"));
            default -> value.toString();
        };
    }

    private static String quoted(String text) {
        var quoted = new StringBuilder("\"");
        for (var c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < ' ') {
                        quoted.append("\\u%04x".formatted((int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
