package dev.warden.bootstrap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.DateTimes;
import net.jqwik.time.api.Dates;

/**
 * The values that a JSON schema of the document admits, as a jqwik {@link Arbitrary} that shrinks towards short
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
final class SchemaArbitraries {
    /** The value of an optional property that is left out. */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };
    private static final int EXTRA_LENGTH = 24;
    private static final int MAX_ITEMS = 3;
    private static final int PATTERN_MISSES = 5_000;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";

    private SchemaArbitraries() {
    }

    /** Any value that {@code schema} admits. */
    static Arbitrary<Object> valid(JsonSchema schema) {
        var examples = schema.examples().stream().filter(example -> SchemaChecks.admits(schema, example)).toList();
        var generated = generated(schema);
        if (examples.isEmpty()) {
            return generated;
        }
        return Arbitraries.frequencyOf(Tuple.of(1, pick(examples)), Tuple.of(2, generated));
    }

    private static Arbitrary<Object> generated(JsonSchema schema) {
        var alternatives = schema.alternatives();
        if (!alternatives.isEmpty()) {
            return Arbitraries.oneOf(alternatives.stream().map(SchemaArbitraries::valid).toList());
        }
        var values = schema.enumValues();
        if (values.isPresent()) {
            return pick(values.get());
        }
        var types = schema.types().stream().filter(type -> !type.equals("integer") || !schema.admits("number"))
                .map(type -> ofType(schema, type)).toList();
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a schema that admits no value (type " + schema.keywords().get("type")
                    + "): " + schema.keywords());
        }
        return types.size() == 1 ? types.getFirst() : Arbitraries.oneOf(types);
    }

    /** One of {@code values}, which may hold {@code null}; shrinks towards the first. */
    static Arbitrary<Object> pick(List<?> values) {
        return Arbitraries.integers().between(0, values.size() - 1).map(values::get);
    }

    private static Arbitrary<Object> ofType(JsonSchema schema, String type) {
        return switch (type) {
            case "null" -> Arbitraries.just(null);
            case "boolean" -> Arbitraries.of(false, true).map(Object.class::cast);
            case "integer" -> integers(schema);
            case "number" -> numbers(schema);
            case "string" -> strings(schema);
            case "array" -> arrays(schema);
            case "object" -> objects(schema);
            default -> throw new IllegalArgumentException("unknown type " + type + " in " + schema.keywords());
        };
    }

    private static Arbitrary<Object> integers(JsonSchema schema) {
        var int32 = schema.string("format").filter("int32"::equals).isPresent();
        long min = schema.number("minimum").map(Number::longValue)
                .or(() -> schema.number("exclusiveMinimum").map(bound -> bound.longValue() + 1))
                .orElse(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
        long max = schema.number("maximum").map(Number::longValue)
                .or(() -> schema.number("exclusiveMaximum").map(bound -> bound.longValue() - 1))
                .orElse(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
        var longs = Arbitraries.longs().between(min, max).shrinkTowards(Math.clamp(0, min, max));
        return int32 ? longs.map(value -> (Object) (int) (long) value) : longs.map(Object.class::cast);
    }

    private static Arbitrary<Object> numbers(JsonSchema schema) {
        var min = schema.number("minimum").or(() -> schema.number("exclusiveMinimum"))
                .map(bound -> new BigDecimal(bound.toString())).orElse(BigDecimal.valueOf(-1_000_000_000L));
        var max = schema.number("maximum").or(() -> schema.number("exclusiveMaximum"))
                .map(bound -> new BigDecimal(bound.toString())).orElse(BigDecimal.valueOf(1_000_000_000L));
        Arbitrary<BigDecimal> decimals = Arbitraries.bigDecimals().between(min, max).ofScale(2);
        if (schema.number("exclusiveMinimum").isPresent() || schema.number("exclusiveMaximum").isPresent()) {
            decimals = decimals.filter(value -> SchemaChecks.admits(schema, value));
        }
        return decimals.map(Object.class::cast);
    }

    private static Arbitrary<Object> strings(JsonSchema schema) {
        int min = schema.number("minLength").map(Number::intValue).orElse(0);
        int max = schema.number("maxLength").map(Number::intValue).orElse(min + EXTRA_LENGTH);
        var candidates = switch (schema.string("format").orElse("")) {
            case "email" -> emails();
            case "uuid" -> Arbitraries.longs().tuple2().map(bits -> new UUID(bits.get1(), bits.get2()).toString());
            case "uri", "url" -> word(0, 16).map(path -> "https://app.example.com/" + path);
            case "date-time" -> DateTimes.instants().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))
                    .map(Instant::toString);
            case "date" -> Dates.dates().map(Object::toString);
            default -> text(min, max);
        };
        var pattern = schema.string("pattern").map(Pattern::compile);
        if (pattern.isPresent()) {
            candidates = Arbitraries.oneOf(candidates, patternCandidates(min, max));
            return candidates.filter(PATTERN_MISSES, text -> pattern.get().matcher(text).find()
                    && SchemaChecks.lengthAdmits(schema, text)).map(Object.class::cast);
        }
        return candidates.filter(text -> SchemaChecks.lengthAdmits(schema, text)).map(Object.class::cast);
    }

    /** Any printable text, with a few letters beyond ASCII. */
    static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ß', 'ж', '中').ofMinLength(min)
                .ofMaxLength(max);
    }

    private static Arbitrary<String> word(int min, int max) {
        return Arbitraries.strings().withChars(LETTERS + DIGITS).ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<String> emails() {
        return Combinators.combine(word(1, 12), Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(8))
                .as((local, domain) -> local + "@" + domain + ".example.com");
    }

    /** Strings of the alphabets that patterns usually ask for: digits, hex, letters and digits, base64. */
    private static Arbitrary<String> patternCandidates(int min, int max) {
        var alphabets = List.of(DIGITS, DIGITS + "abcdef", LETTERS + LETTERS.toUpperCase() + DIGITS,
                LETTERS + LETTERS.toUpperCase() + DIGITS + "+/=-_");
        return Arbitraries.oneOf(alphabets.stream()
                .map(alphabet -> Arbitraries.strings().withChars(alphabet).ofMinLength(min).ofMaxLength(max)).toList());
    }

    private static Arbitrary<Object> arrays(JsonSchema schema) {
        int min = schema.number("minItems").map(Number::intValue).orElse(0);
        int max = schema.number("maxItems").map(Number::intValue).orElse(min + MAX_ITEMS);
        var items = schema.items().map(SchemaArbitraries::valid).orElseGet(SchemaArbitraries::scalars);
        return items.list().ofMinSize(min).ofMaxSize(max).map(list -> (Object) new ArrayList<>(list));
    }

    /** Any scalar JSON value: the items or extra properties of a schema that says nothing of them. */
    private static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(text(0, 8).map(Object.class::cast), Arbitraries.integers().map(Object.class::cast),
                Arbitraries.of(false, true).map(Object.class::cast), Arbitraries.just(null));
    }

    private static Arbitrary<Object> objects(JsonSchema schema) {
        var properties = schema.properties();
        var required = schema.required();
        var names = new ArrayList<>(properties.keySet());
        names.removeIf(name -> Boolean.TRUE.equals(properties.get(name).keywords().get("readOnly")));
        var values = new ArrayList<Arbitrary<Object>>();
        for (var name : names) {
            Arbitrary<Object> value;
            try {
                value = valid(properties.get(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("property " + name + ": " + e.getMessage(), e);
            }
            values.add(required.contains(name) ? value
                    : Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ABSENT)), Tuple.of(2, value)));
        }
        Arbitrary<Map<String, Object>> extra = schema.additionalProperties()
                .map(additional -> Arbitraries.maps(word(1, 8).map(key -> "x_" + key),
                        valid(additional)).ofMaxSize(MAX_ITEMS).map(map -> (Map<String, Object>) map))
                .orElse(Arbitraries.just(Map.of()));
        Arbitrary<List<Object>> known = values.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(values).as(list -> list);
        return Combinators.combine(known, extra).as((list, more) -> {
            var object = new LinkedHashMap<String, Object>();
            IntStream.range(0, names.size()).filter(index -> list.get(index) != ABSENT)
                    .forEach(index -> object.put(names.get(index), list.get(index)));
            more.forEach(object::putIfAbsent);
            return object;
        });
    }
}
