package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.record.LatencyCounts;
import org.HdrHistogram.Histogram;

import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * A latency distribution as a table for drawing many latencies at once: {@value #SAMPLES} draws,
 * sorted and grouped into the histogram's own buckets (3 significant digits). The latencies of
 * {@code n} requests become counts per bucket by systematic sampling (each bucket gets {@code n}
 * times its share, rounded by one shared uniform, so the counts add up to exactly {@code n}); their
 * sum is the counts times each bucket's mean, and their maximum is drawn as the largest of
 * {@code n} draws from the table. These are the hybrid engine's approximations of latency, within
 * the table's own sampling error (docs/modelling-choices.md).
 */
final class LatencyTable {

    static final int SAMPLES = 65_536;
    /** Up to this many successes, latencies are drawn one by one from the real distribution. */
    static final int EXACT_UP_TO = 64;

    private final long[] sorted;
    private final long[] bucketValues;
    private final double[] bucketMeans;
    private final double[] cumulative;

    LatencyTable(ToLongFunction<RandomStream> sampler, RandomStream random) {
        sorted = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            sorted[i] = sampler.applyAsLong(random);
        }
        Arrays.sort(sorted);
        Histogram binning = new Histogram(3);
        long[] values = new long[SAMPLES];
        double[] means = new double[SAMPLES];
        double[] cum = new double[SAMPLES];
        int buckets = 0;
        int i = 0;
        while (i < SAMPLES) {
            long bucket = binning.lowestEquivalentValue(sorted[i]);
            int j = i;
            double sum = 0;
            while (j < SAMPLES && binning.lowestEquivalentValue(sorted[j]) == bucket) {
                sum += sorted[j];
                j++;
            }
            values[buckets] = binning.medianEquivalentValue(sorted[i]);
            means[buckets] = sum / (j - i);
            cum[buckets] = (double) j / SAMPLES;
            buckets++;
            i = j;
        }
        bucketValues = Arrays.copyOf(values, buckets);
        bucketMeans = Arrays.copyOf(means, buckets);
        cumulative = Arrays.copyOf(cum, buckets);
    }

    /** The latencies of {@code n} requests as counts per bucket, with their sum and maximum. */
    Drawn draw(long n, RandomStream random) {
        double offset = random.nextDouble();
        long[] counts = new long[bucketValues.length];
        long previous = 0;
        double sum = 0;
        for (int b = 0; b < counts.length; b++) {
            long upTo = b == counts.length - 1 ? n : (long) Math.floor(n * cumulative[b] + offset);
            counts[b] = upTo - previous;
            previous = upTo;
            sum += counts[b] * bucketMeans[b];
        }
        // The largest of n draws from the table: its quantile is U^(1/n).
        double q = StrictMath.pow(random.nextOpenDouble(), 1.0 / n);
        long max = sorted[(int) Math.min(SAMPLES - 1, Math.floor(q * SAMPLES))];
        return new Drawn(new LatencyCounts(bucketValues, counts), Math.round(sum), max);
    }

    record Drawn(LatencyCounts counts, long sumNanos, long maxNanos) {
    }
}
