package dev.warden.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What the generators of {@link SchemaGenerators} and {@link OperationRequests} are built of, on QuickTheories'
 * {@link Gen}: a generator draws every choice from QuickTheories' source of randomness, so that QuickTheories can
 * replay a failing example and shrink it (choices towards their shrink point: the first alternative, the shortest
 * length, the smallest number). A filter is bounded: after its misses it fails naming what it could not find, rather
 * than spinning or giving up on the whole property without a word.
 */
final class Generators {
    private Generators() {
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /** One of {@code values}, which may hold {@code null}; shrinks towards the first. */
    static <T> Gen<T> pick(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        var index = Generate.range(0, values.size() - 1);
        return random -> values.get(index.generate(random));
    }

    /** A value of one of {@code generators}, each as likely; shrinks towards the first. */
    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
        if (generators.size() == 1) {
            return random -> generators.getFirst().generate(random);
        }
        var index = Generate.range(0, generators.size() - 1);
        return random -> generators.get(index.generate(random)).generate(random);
    }

    /** {@code first} or {@code second}, in proportion to their weights; shrinks towards {@code first}. */
    static <T> Gen<T> frequency(int firstWeight, Gen<T> first, int secondWeight, Gen<T> second) {
        return Generate.frequency(List.of(Pair.of(firstWeight, first), Pair.of(secondWeight, second)));
    }

    /** A value of each of {@code generators}, in their order (a list that may hold {@code null}). */
    static <T> Gen<List<T>> sequence(List<? extends Gen<? extends T>> generators) {
        return random -> {
            var values = new ArrayList<T>(generators.size());
            for (var generator : generators) {
                values.add(generator.generate(random));
            }
            return values;
        };
    }

    /** Lists of {@code min} to {@code max} items; shrinks towards the shortest. */
    static <T> Gen<List<T>> lists(Gen<? extends T> items, int min, int max) {
        var sizes = Generate.range(min, max, min);
        return random -> {
            int size = sizes.generate(random);
            var list = new ArrayList<T>(size);
            for (int i = 0; i < size; i++) {
                list.add(items.generate(random));
            }
            return list;
        };
    }

    /** Maps of up to {@code max} entries (fewer when a key comes twice). */
    static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int max) {
        var sizes = Generate.range(0, max, 0);
        return random -> {
            int size = sizes.generate(random);
            var map = new LinkedHashMap<K, V>();
            for (int i = 0; i < size; i++) {
                map.putIfAbsent(keys.generate(random), values.generate(random));
            }
            return map;
        };
    }

    /** Strings of {@code min} to {@code max} characters of {@code alphabet}; shrinks towards its first character. */
    static Gen<String> strings(String alphabet, int min, int max) {
        var characters = alphabet.chars().mapToObj(character -> (char) character).toList();
        return lists(pick(characters), min, max).map(list -> {
            var text = new StringBuilder(list.size());
            list.forEach(text::append);
            return text.toString();
        });
    }

    /**
     * The values of {@code generator} that {@code condition} admits, with at most {@code misses} tries per value;
     * then an {@link IllegalStateException} that names {@code what}.
     */
    static <T> Gen<T> filter(Gen<T> generator, int misses, Predicate<? super T> condition, Object what) {
        return random -> {
            for (int i = 0; i < misses; i++) {
                var attempt = random.detach();
                var value = generator.generate(attempt);
                if (condition.test(value)) {
                    attempt.commit();
                    return value;
                }
                attempt.registerFailedAssumption();
            }
            throw new IllegalStateException("no value found in " + misses + " tries for " + what);
        };
    }
}
