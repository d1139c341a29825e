package dev.warden.bootstrap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The values that a JSON schema of the document admits, as a QuickTheories {@link Gen} that shrinks towards short
 * strings, small numbers and objects with only their required properties. What the document gives as
 * {@code example}s (when its own schema admits them) makes a third of the values: a schema must admit what the
 * service accepts, and an example is often the one string that a strict {@code pattern} lets through, where strings
 * of the alphabets patterns ask for (digits, hex, letters, base64) are filtered by the pattern otherwise.
 * <p>
 * Request bodies leave out {@code readOnly} properties (the server's to write). Not generated: keys beyond
 * {@code properties} unless {@code additionalProperties} names their schema, strings of other formats than
 * {@code email}, {@code uuid}, {@code uri}, {@code date-time} and {@code date} (other formats are plain strings), and
 * the exclusivity of {@code oneOf} (one alternative is generated; that it matches no other one is not checked).
 */
final class SchemaGenerators {
    /** The value of an optional property that is left out. */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };
    private static final int EXTRA_LENGTH = 24;
    private static final int MAX_ITEMS = 3;
    /** Tries of a strict {@code pattern} per value, and of any other filter. */
    private static final int PATTERN_MISSES = 5_000;
    private static final int FILTER_MISSES = 10_000;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    /** Printable ASCII, letters first, and a few letters beyond it. */
    private static final String TEXT = LETTERS + LETTERS.toUpperCase() + DIGITS
            + " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + "éßж中";
    private static final Instant LAST_INSTANT = Instant.parse("2100-01-01T00:00:00Z");
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2500, 12, 31);

    private SchemaGenerators() {
    }

    /** Any value that {@code schema} admits. */
    static Gen<Object> valid(JsonSchema schema) {
        var examples = schema.examples().stream().filter(example -> SchemaChecks.admits(schema, example)).toList();
        var generated = generated(schema);
        if (examples.isEmpty()) {
            return generated;
        }
        return Generators.frequency(1, Generators.pick(examples), 2, generated);
    }

    private static Gen<Object> generated(JsonSchema schema) {
        var alternatives = schema.alternatives();
        if (!alternatives.isEmpty()) {
            return Generators.oneOf(alternatives.stream().map(SchemaGenerators::valid).toList());
        }
        var values = schema.enumValues();
        if (values.isPresent()) {
            return Generators.pick(values.get());
        }
        var types = schema.types().stream().filter(type -> !type.equals("integer") || !schema.admits("number"))
                .map(type -> ofType(schema, type)).toList();
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a schema that admits no value (type " + schema.keywords().get("type")
                    + "): " + schema.keywords());
        }
        return Generators.oneOf(types);
    }

    private static Gen<Object> ofType(JsonSchema schema, String type) {
        return switch (type) {
            case "null" -> Generators.constant(null);
            case "boolean" -> Generators.pick(List.of(false, true));
            case "integer" -> integers(schema);
            case "number" -> numbers(schema);
            case "string" -> strings(schema);
            case "array" -> arrays(schema);
            case "object" -> objects(schema);
            default -> throw new IllegalArgumentException("unknown type " + type + " in " + schema.keywords());
        };
    }

    private static Gen<Object> integers(JsonSchema schema) {
        var int32 = schema.string("format").filter("int32"::equals).isPresent();
        long min = schema.number("minimum").map(Number::longValue)
                .or(() -> schema.number("exclusiveMinimum").map(bound -> bound.longValue() + 1))
                .orElse(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
        long max = schema.number("maximum").map(Number::longValue)
                .or(() -> schema.number("exclusiveMaximum").map(bound -> bound.longValue() - 1))
                .orElse(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
        var longs = Generate.longRange(min, max, Math.clamp(0, min, max));
        return int32 ? longs.map(value -> (Object) (int) (long) value) : longs.map(Object.class::cast);
    }

    /** Numbers of two decimals between the bounds (a billion either way without one); shrinks towards 0. */
    private static Gen<Object> numbers(JsonSchema schema) {
        var min = schema.number("minimum").or(() -> schema.number("exclusiveMinimum"))
                .map(bound -> new BigDecimal(bound.toString())).orElse(BigDecimal.valueOf(-1_000_000_000L));
        var max = schema.number("maximum").or(() -> schema.number("exclusiveMaximum"))
                .map(bound -> new BigDecimal(bound.toString())).orElse(BigDecimal.valueOf(1_000_000_000L));
        long low = hundredths(min.setScale(2, RoundingMode.CEILING));
        long high = hundredths(max.setScale(2, RoundingMode.FLOOR));
        Gen<BigDecimal> decimals = Generate.longRange(low, high, Math.clamp(0, low, high))
                .map(hundredths -> BigDecimal.valueOf(hundredths, 2));
        if (schema.number("exclusiveMinimum").isPresent() || schema.number("exclusiveMaximum").isPresent()) {
            decimals = Generators.filter(decimals, FILTER_MISSES, value -> SchemaChecks.admits(schema, value),
                    schema.keywords());
        }
        return decimals.map(Object.class::cast);
    }

    private static long hundredths(BigDecimal value) {
        var limit = BigDecimal.valueOf(Long.MAX_VALUE / 2, 2);
        return value.max(limit.negate()).min(limit).unscaledValue().longValueExact();
    }

    private static Gen<Object> strings(JsonSchema schema) {
        int min = schema.number("minLength").map(Number::intValue).orElse(0);
        int max = schema.number("maxLength").map(Number::intValue).orElse(min + EXTRA_LENGTH);
        var candidates = switch (schema.string("format").orElse("")) {
            case "email" -> emails();
            case "uuid" -> Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).zip(
                    Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE), (high, low) -> new UUID(high, low).toString());
            case "uri", "url" -> word(0, 16).map(path -> "https://app.example.com/" + path);
            case "date-time" -> Generate.longRange(0, LAST_INSTANT.getEpochSecond())
                    .map(seconds -> Instant.ofEpochSecond(seconds).toString());
            case "date" -> Generate.longRange(FIRST_DATE.toEpochDay(), LAST_DATE.toEpochDay(),
                    Math.clamp(0, FIRST_DATE.toEpochDay(), LAST_DATE.toEpochDay()))
                    .map(day -> LocalDate.ofEpochDay(day).toString());
            default -> text(min, max);
        };
        var pattern = schema.string("pattern").map(Pattern::compile);
        if (pattern.isPresent()) {
            candidates = Generators.oneOf(List.of(candidates, patternCandidates(min, max)));
            return Generators.filter(candidates, PATTERN_MISSES, text -> pattern.get().matcher(text).find()
                    && SchemaChecks.lengthAdmits(schema, text), schema.keywords()).map(Object.class::cast);
        }
        return Generators.filter(candidates, FILTER_MISSES, text -> SchemaChecks.lengthAdmits(schema, text),
                schema.keywords()).map(Object.class::cast);
    }

    /** Any printable text, with a few letters beyond ASCII; shrinks towards {@code a}s. */
    static Gen<String> text(int min, int max) {
        return Generators.strings(TEXT, min, max);
    }

    private static Gen<String> word(int min, int max) {
        return Generators.strings(LETTERS + DIGITS, min, max);
    }

    private static Gen<String> emails() {
        return word(1, 12).zip(Generators.strings(LETTERS, 1, 8), (local, domain) -> local + "@" + domain
                + ".example.com");
    }

    /** Strings of the alphabets that patterns usually ask for: digits, hex, letters and digits, base64. */
    private static Gen<String> patternCandidates(int min, int max) {
        var alphabets = List.of(DIGITS, DIGITS + "abcdef", LETTERS + LETTERS.toUpperCase() + DIGITS,
                LETTERS + LETTERS.toUpperCase() + DIGITS + "+/=-_");
        return Generators.oneOf(alphabets.stream().map(alphabet -> Generators.strings(alphabet, min, max)).toList());
    }

    private static Gen<Object> arrays(JsonSchema schema) {
        int min = schema.number("minItems").map(Number::intValue).orElse(0);
        int max = schema.number("maxItems").map(Number::intValue).orElse(min + MAX_ITEMS);
        var items = schema.items().map(SchemaGenerators::valid).orElseGet(SchemaGenerators::scalars);
        return Generators.lists(items, min, max).map(Object.class::cast);
    }

    /** Any scalar JSON value: the items or extra properties of a schema that says nothing of them. */
    private static Gen<Object> scalars() {
        return Generators.oneOf(List.of(text(0, 8).map(Object.class::cast),
                Generate.range(Integer.MIN_VALUE, Integer.MAX_VALUE).map(Object.class::cast),
                Generators.pick(List.of(false, true)), Generators.constant(null)));
    }

    private static Gen<Object> objects(JsonSchema schema) {
        var properties = schema.properties();
        var required = schema.required();
        var names = new ArrayList<>(properties.keySet());
        names.removeIf(name -> Boolean.TRUE.equals(properties.get(name).keywords().get("readOnly")));
        var values = new ArrayList<Gen<Object>>();
        for (var name : names) {
            Gen<Object> value;
            try {
                value = valid(properties.get(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("property " + name + ": " + e.getMessage(), e);
            }
            values.add(required.contains(name) ? value
                    : Generators.frequency(1, Generators.constant(ABSENT), 2, value));
        }
        Gen<Map<String, Object>> extra = schema.additionalProperties()
                .map(additional -> Generators.maps(word(1, 8).map(key -> "x_" + key), valid(additional), MAX_ITEMS))
                .orElse(Generators.constant(Map.of()));
        return Generators.sequence(values).zip(extra, (list, more) -> {
            var object = new LinkedHashMap<String, Object>();
            IntStream.range(0, names.size()).filter(index -> list.get(index) != ABSENT)
                    .forEach(index -> object.put(names.get(index), list.get(index)));
            more.forEach(object::putIfAbsent);
            return object;
        });
    }
}
