package dev.vaultsim.record;

import dev.vaultsim.catalog.OperationClass;
import org.HdrHistogram.Histogram;

/**
 * The timeline: per bucket of first-attempt start times, counts per class and a small latency
 * sketch. Requests complete out of order, but never later than {@code maxRequestSpanNanos} after
 * they started, so only the last few buckets are open; each open bucket has a 2-digit
 * HdrHistogram from a ring, and its percentiles are computed when it closes. Memory does not grow
 * with the horizon beyond one row of numbers per bucket.
 */
final class Timeline {

    private static final int CLASSES = OperationClass.values().length;
    private static final int TOTAL = CLASSES;

    private final long bucketNanos;
    private final int bucketCount;
    private final long maxRequestSpanNanos;
    private final long[][] requests;
    private final long[][] succeeded;
    private final double[][] p50Millis;
    private final double[][] p99Millis;
    private final BatchedHistogram[][] ring;
    private final Histogram merged = new Histogram(2);
    private int firstOpen;

    Timeline(long horizonNanos, long bucketNanos, long maxRequestSpanNanos) {
        this.bucketNanos = bucketNanos;
        this.bucketCount = (int) Math.max(1, (horizonNanos + bucketNanos - 1) / bucketNanos);
        this.maxRequestSpanNanos = maxRequestSpanNanos;
        this.requests = new long[CLASSES][bucketCount];
        this.succeeded = new long[CLASSES][bucketCount];
        this.p50Millis = new double[CLASSES + 1][bucketCount];
        this.p99Millis = new double[CLASSES + 1][bucketCount];
        // Capped before adding, so a span that saturated at "forever" cannot overflow.
        int ringSize = (int) Math.min(bucketCount, Math.min(maxRequestSpanNanos / bucketNanos, Integer.MAX_VALUE) + 3);
        this.ring = new BatchedHistogram[ringSize][CLASSES];
    }

    long bucketNanos() {
        return bucketNanos;
    }

    int bucketCount() {
        return bucketCount;
    }

    void add(OperationClass operationClass, long firstStartNanos, boolean success, long latencyNanos, long now) {
        int bucket = openBucket(firstStartNanos, now);
        int c = operationClass.ordinal();
        requests[c][bucket]++;
        if (success) {
            succeeded[c][bucket]++;
            sketch(bucket, c).recordValue(latencyNanos);
        }
    }

    /** {@code count} requests of one class and outcome whose first attempts started in one bucket. */
    void addBatch(OperationClass operationClass, RequestBatch batch) {
        int bucket = openBucket(batch.firstStartNanos(), batch.completedNanos());
        int c = operationClass.ordinal();
        requests[c][bucket] += batch.count();
        if (batch.succeeded()) {
            succeeded[c][bucket] += batch.count();
            sketch(bucket, c).record(batch.latencies());
        }
    }

    /** The bucket of a first attempt at {@code firstStartNanos}, after closing those no request completing at {@code now} can reach. */
    private int openBucket(long firstStartNanos, long now) {
        closeBucketsBefore(now - maxRequestSpanNanos);
        int bucket = (int) (firstStartNanos / bucketNanos);
        if (bucket < firstOpen) {
            throw new IllegalStateException("request outlived the longest possible request span");
        }
        return bucket;
    }

    /** Closes every bucket; call once when the run is over. */
    void finish() {
        closeBucketsBefore(Long.MAX_VALUE);
    }

    BucketStats stats(int bucket, OperationClass operationClass) {
        int c = operationClass.ordinal();
        return new BucketStats(requests[c][bucket], succeeded[c][bucket], p50Millis[c][bucket], p99Millis[c][bucket]);
    }

    BucketStats totalStats(int bucket) {
        long all = 0;
        long ok = 0;
        for (int c = 0; c < CLASSES; c++) {
            all += requests[c][bucket];
            ok += succeeded[c][bucket];
        }
        return new BucketStats(all, ok, p50Millis[TOTAL][bucket], p99Millis[TOTAL][bucket]);
    }

    private BatchedHistogram sketch(int bucket, int c) {
        BatchedHistogram[] slot = ring[bucket % ring.length];
        if (slot[c] == null) {
            slot[c] = new BatchedHistogram(2);
        }
        return slot[c];
    }

    private void closeBucketsBefore(long time) {
        while (firstOpen < bucketCount && (firstOpen + 1L) * bucketNanos <= time) {
            close(firstOpen++);
        }
    }

    private void close(int bucket) {
        BatchedHistogram[] slot = ring[bucket % ring.length];
        merged.reset();
        for (int c = 0; c < CLASSES; c++) {
            Histogram sketch = slot[c] == null ? null : slot[c].histogram();
            boolean any = sketch != null && sketch.getTotalCount() > 0;
            p50Millis[c][bucket] = any ? sketch.getValueAtPercentile(50) / 1e6 : Double.NaN;
            p99Millis[c][bucket] = any ? sketch.getValueAtPercentile(99) / 1e6 : Double.NaN;
            if (any) {
                merged.add(sketch);
                slot[c].reset();
            }
        }
        boolean any = merged.getTotalCount() > 0;
        p50Millis[TOTAL][bucket] = any ? merged.getValueAtPercentile(50) / 1e6 : Double.NaN;
        p99Millis[TOTAL][bucket] = any ? merged.getValueAtPercentile(99) / 1e6 : Double.NaN;
    }
}
