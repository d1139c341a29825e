package dev.warden.bootstrap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a value is valid by a schema, for the keywords that {@link SchemaGenerators} generates from: it keeps the
 * document's examples out of generation when the document's own schema refuses them, and the mutations of
 * {@link SchemaMutations} out of the invalid requests when they happen to stay valid.
 */
final class SchemaChecks {
    private SchemaChecks() {
    }

    static boolean admits(JsonSchema schema, Object value) {
        var alternatives = schema.alternatives();
        if (!alternatives.isEmpty()) {
            return alternatives.stream().anyMatch(alternative -> admits(alternative, value));
        }
        var values = schema.enumValues();
        if (values.isPresent()) {
            return values.get().stream().anyMatch(allowed -> sameJson(allowed, value));
        }
        if (!schema.admits(JsonSchema.typeOf(value)) && !(isInteger(value) && schema.admits("number"))) {
            return false;
        }
        return switch (value) {
            case null -> true;
            case String text -> lengthAdmits(schema, text) && schema.string("pattern")
                    .map(pattern -> Pattern.compile(pattern).matcher(text).find()).orElse(true);
            case Number number -> boundsAdmit(schema, new BigDecimal(number.toString()));
            case Map<?, ?> object -> objectAdmits(schema, object);
            case List<?> list -> list.size() >= schema.number("minItems").map(Number::intValue).orElse(0)
                    && list.size() <= schema.number("maxItems").map(Number::intValue).orElse(Integer.MAX_VALUE)
                    && schema.items().map(items -> list.stream().allMatch(item -> admits(items, item))).orElse(true);
            default -> true;
        };
    }

    static boolean lengthAdmits(JsonSchema schema, String text) {
        int length = text.codePointCount(0, text.length());
        return length >= schema.number("minLength").map(Number::intValue).orElse(0)
                && length <= schema.number("maxLength").map(Number::intValue).orElse(Integer.MAX_VALUE);
    }

    private static boolean boundsAdmit(JsonSchema schema, BigDecimal value) {
        return bound(schema, "minimum").map(min -> value.compareTo(min) >= 0).orElse(true)
                && bound(schema, "maximum").map(max -> value.compareTo(max) <= 0).orElse(true)
                && bound(schema, "exclusiveMinimum").map(min -> value.compareTo(min) > 0).orElse(true)
                && bound(schema, "exclusiveMaximum").map(max -> value.compareTo(max) < 0).orElse(true);
    }

    private static Optional<BigDecimal> bound(JsonSchema schema, String keyword) {
        return schema.number(keyword).map(bound -> new BigDecimal(bound.toString()));
    }

    private static boolean objectAdmits(JsonSchema schema, Map<?, ?> object) {
        var properties = schema.properties();
        if (!object.keySet().containsAll(schema.required())) {
            return false;
        }
        for (var entry : object.entrySet()) {
            var property = properties.get(entry.getKey());
            if (property == null ? schema.forbidsAdditionalProperties()
                    || schema.additionalProperties().map(extra -> !admits(extra, entry.getValue())).orElse(false)
                    : !admits(property, entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long;
    }

    private static boolean sameJson(Object allowed, Object value) {
        if (allowed instanceof Number expected && value instanceof Number actual) {
            return new BigDecimal(expected.toString()).compareTo(new BigDecimal(actual.toString())) == 0;
        }
        return Objects.equals(allowed, value);
    }
}
