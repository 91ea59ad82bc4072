package dev.vaultsim.record;

import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;

/**
 * Counts and latency of one slice of requests, as they complete. Latency is kept for successful
 * requests only: an exact sum and maximum, and an HdrHistogram (3 significant digits) created on
 * the first success, which takes a bulk engine's batches cheaply ({@link BatchedHistogram}).
 */
final class StatsAccumulator {

    private long requests;
    private long succeeded;
    private long attempts;
    private long latencySumNanos;
    private long latencyMaxNanos;
    private BatchedHistogram latencies;

    void add(boolean success, int attemptCount, long latencyNanos) {
        requests++;
        attempts += attemptCount;
        if (success) {
            succeeded++;
            latencySumNanos += latencyNanos;
            latencyMaxNanos = Math.max(latencyMaxNanos, latencyNanos);
            histogram().recordValue(latencyNanos);
        }
    }

    /** Adds {@code count} requests of one outcome at once: the same figures as adding each. */
    void addBatch(RequestBatch batch) {
        requests += batch.count();
        attempts += batch.attempts();
        if (batch.succeeded()) {
            succeeded += batch.count();
            latencySumNanos += batch.latencySumNanos();
            latencyMaxNanos = Math.max(latencyMaxNanos, batch.latencyMaxNanos());
            histogram().record(batch.latencies());
        }
    }

    private BatchedHistogram histogram() {
        if (latencies == null) {
            latencies = new BatchedHistogram(3);
        }
        return latencies;
    }

    /**
     * Adds another slice's requests. The histogram counts add up index by index, so the sum of
     * slices gives exactly the figures of one accumulator that saw every request.
     */
    void merge(StatsAccumulator other) {
        requests += other.requests;
        succeeded += other.succeeded;
        attempts += other.attempts;
        latencySumNanos += other.latencySumNanos;
        latencyMaxNanos = Math.max(latencyMaxNanos, other.latencyMaxNanos);
        if (other.latencies != null) {
            histogram().histogram().add(other.latencies.histogram());
        }
    }

    /**
     * This slice as plain data; the histogram in HdrHistogram's compressed encoding, base64, which
     * keeps every count, so a decoded slice gives the same percentiles and merges the same.
     */
    Data data() {
        String histogram = null;
        if (latencies != null) {
            Histogram recorded = latencies.histogram();
            ByteBuffer buffer = ByteBuffer.allocate(recorded.getNeededByteBufferCapacity());
            int length = recorded.encodeIntoCompressedByteBuffer(buffer);
            histogram = Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
        }
        return new Data(requests, succeeded, attempts, latencySumNanos, latencyMaxNanos, histogram);
    }

    static StatsAccumulator of(Data data) {
        StatsAccumulator slice = new StatsAccumulator();
        slice.requests = data.requests();
        slice.succeeded = data.succeeded();
        slice.attempts = data.attempts();
        slice.latencySumNanos = data.latencySumNanos();
        slice.latencyMaxNanos = data.latencyMaxNanos();
        if (data.histogram() != null) {
            try {
                Histogram decoded = Histogram.decodeFromCompressedByteBuffer(
                        ByteBuffer.wrap(Base64.getDecoder().decode(data.histogram())), 0);
                // Re-add into a fresh histogram so its settings match one that recorded the values.
                slice.histogram().histogram().add(decoded);
            } catch (DataFormatException | IllegalArgumentException e) {
                throw new IllegalArgumentException("a latency histogram cannot be decoded: " + e.getMessage(), e);
            }
        }
        return slice;
    }

    /** One slice as written to a partial result. */
    public record Data(long requests, long succeeded, long attempts, long latencySumNanos, long latencyMaxNanos,
                       String histogram) {
    }

    Stats toStats() {
        LatencySummary latency = succeeded == 0 ? null : new LatencySummary(
                latencySumNanos / (double) succeeded / 1e6,
                percentileMillis(50),
                percentileMillis(90),
                percentileMillis(99),
                percentileMillis(99.9),
                latencyMaxNanos / 1e6);
        return new Stats(requests, succeeded, requests - succeeded, attempts, latency);
    }

    private double percentileMillis(double percentile) {
        return latencies.histogram().getValueAtPercentile(percentile) / 1e6;
    }
}
