package dev.warden.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntUnaryOperator;

/** For the housekeeping contracts: purges in bounded batches as the sweep does. */
public final class Purges {
    private Purges() {
    }

    /**
     * Purges with {@code batch} until a call removes fewer; every call must stay within the batch. Returns the rows
     * removed in all.
     */
    public static long drain(IntUnaryOperator purge, int batch) {
        long total = 0;
        for (int calls = 0; calls < 100_000; calls++) {
            int removed = purge.applyAsInt(batch);
            assertThat(removed).as("rows removed by one call").isBetween(0, batch);
            total += removed;
            if (removed < batch) {
                return total;
            }
        }
        throw new AssertionError("the purge never ran dry");
    }
}
