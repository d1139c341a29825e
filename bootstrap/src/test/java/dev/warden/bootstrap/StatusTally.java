package dev.warden.bootstrap;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** How many requests of each kind each operation got, by status: what the property tests print when done. */
final class StatusTally {
    private final Map<String, Map<Integer, Integer>> counts = new ConcurrentHashMap<>();

    synchronized void count(OpenApiOperation operation, String kind, int status) {
        counts.computeIfAbsent(operation + " " + kind, key -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    @Override
    public synchronized String toString() {
        return new TreeMap<>(counts).entrySet().stream()
                .map(entry -> "%-70s %4d requests %s".formatted(entry.getKey(),
                        entry.getValue().values().stream().mapToInt(Integer::intValue).sum(), entry.getValue()))
                .collect(Collectors.joining("\n", "Requests per operation and status:\n", ""));
    }
}
