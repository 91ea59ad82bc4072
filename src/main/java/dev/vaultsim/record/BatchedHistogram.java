package dev.vaultsim.record;

import org.HdrHistogram.Histogram;

import java.util.Arrays;

/**
 * An HdrHistogram that takes bulk latencies cheaply. An engine that draws traffic in bulk sends
 * the same few value arrays (its latency tables' bins) again and again with new counts; recording
 * each value into the histogram costs an index computation and a min/max update per value and per
 * batch. Here the counts of a recurring value array are added up in place, and recorded into the
 * histogram once, before it is read. The histogram then holds exactly what recording every batch
 * would have given: its counts do not depend on the order of recording.
 */
final class BatchedHistogram {

    /** Value arrays shorter than this are recorded at once: one request's latency, a few retried ones. */
    private static final int PENDING_FROM = 16;
    /** Distinct value arrays held at once (a client's operations have a table each). */
    private static final int SLOTS = 8;

    private final Histogram histogram;
    private final long[][] pendingValues = new long[SLOTS][];
    private final long[][] pendingCounts = new long[SLOTS][];
    private int nextSlot;

    BatchedHistogram(int significantDigits) {
        this.histogram = new Histogram(significantDigits);
    }

    void recordValue(long value) {
        histogram.recordValue(value);
    }

    void record(LatencyCounts latencies) {
        long[] values = latencies.valuesNanos();
        long[] counts = latencies.counts();
        long[] pending = values.length < PENDING_FROM ? null : pendingFor(values);
        if (pending == null) {
            recordNow(values, counts);
            return;
        }
        for (int i = 0; i < counts.length; i++) {
            pending[i] += counts[i];
        }
    }

    /** The histogram with every latency recorded so far. */
    Histogram histogram() {
        for (int s = 0; s < SLOTS; s++) {
            flush(s);
        }
        return histogram;
    }

    void reset() {
        Arrays.fill(pendingValues, null);
        Arrays.fill(pendingCounts, null);
        histogram.reset();
    }

    /**
     * Where to add up the counts of {@code values}, or null to record them now: a value array is
     * recorded at once when first seen and held from its second time on, so that arrays sent once
     * (a few followed requests) cost no more than recording them.
     */
    private long[] pendingFor(long[] values) {
        for (int s = 0; s < SLOTS; s++) {
            if (pendingValues[s] == values) {
                if (pendingCounts[s] == null) {
                    pendingCounts[s] = new long[values.length];
                }
                return pendingCounts[s];
            }
        }
        // Slots are taken in turn: a value array not seen lately pushes out the oldest.
        int slot = nextSlot;
        nextSlot = (nextSlot + 1) % SLOTS;
        flush(slot);
        pendingValues[slot] = values;
        return null;
    }

    private void flush(int slot) {
        if (pendingCounts[slot] != null) {
            recordNow(pendingValues[slot], pendingCounts[slot]);
        }
        pendingValues[slot] = null;
        pendingCounts[slot] = null;
    }

    private void recordNow(long[] values, long[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                histogram.recordValueWithCount(values[i], counts[i]);
            }
        }
    }
}
