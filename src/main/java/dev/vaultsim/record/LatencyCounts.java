package dev.vaultsim.record;

/**
 * Latencies as histogram counts: {@code counts[i]} requests took {@code valuesNanos[i]}. Sparse,
 * so that adding a batch costs its few distinct values rather than a histogram's whole array.
 * A sender may pass the same value array with every batch (a latency table's bins), which the
 * recorder then adds up cheaply; it must not change the array once sent.
 */
public record LatencyCounts(long[] valuesNanos, long[] counts) {

    public LatencyCounts {
        if (valuesNanos.length != counts.length) {
            throw new IllegalArgumentException("one count per value");
        }
    }

    /** {@code count} requests of one latency. */
    public static LatencyCounts of(long valueNanos, long count) {
        return new LatencyCounts(new long[] {valueNanos}, new long[] {count});
    }

    public long total() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }
}
