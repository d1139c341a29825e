package dev.warden.bootstrap;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The document's path templates ({@code /api/auth/passkeys/{id}}), and which one a request's path is: where
 * several match, the one whose literal segments come first ({@code /api/auth/passkeys/login} over
 * {@code /api/auth/passkeys/{id}}), as OpenAPI asks.
 */
final class PathTemplates {
    private final List<String> templates;

    PathTemplates(Collection<String> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The template of {@code rawPath} (without query) and the values of its parameters, decoded. */
    record Match(String template, Map<String, String> parameters) {}

    Optional<Match> match(String rawPath) {
        var segments = segments(withoutTrailingSlash(rawPath));
        return templates.stream()
                .filter(template -> parameters(segments(template), segments) != null)
                .max(Comparator.comparing(template -> literals(segments(template)), PathTemplates::compare))
                .map(template -> new Match(template, parameters(segments(template), segments)));
    }

    private static Map<String, String> parameters(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < template.size(); i++) {
            var segment = template.get(i);
            if (isParameter(segment)) {
                var value = URLDecoder.decode(path.get(i), StandardCharsets.UTF_8);
                if (value.isEmpty()) {
                    return null;
                }
                values.put(segment.substring(1, segment.length() - 1), value);
            } else if (!segment.equals(path.get(i))) {
                return null;
            }
        }
        return values;
    }

    private static boolean[] literals(List<String> template) {
        var literal = new boolean[template.size()];
        for (int i = 0; i < literal.length; i++) {
            literal[i] = !isParameter(template.get(i));
        }
        return literal;
    }

    /** Literal segments outrank parameters, the earlier ones first. */
    private static int compare(boolean[] one, boolean[] other) {
        for (int i = 0; i < Math.min(one.length, other.length); i++) {
            if (one[i] != other[i]) {
                return one[i] ? 1 : -1;
            }
        }
        return 0;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** Micronaut's router serves {@code /api/auth/token/} as {@code /api/auth/token}: held to that operation. */
    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<String> segments(String path) {
        return List.of(path.split("/", -1));
    }
}
