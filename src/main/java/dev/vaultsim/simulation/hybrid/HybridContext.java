package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.model.AttemptShape;
import dev.vaultsim.model.Sampler;
import dev.vaultsim.record.LatencyCounts;
import dev.vaultsim.record.RequestSink;
import dev.vaultsim.scenario.Distribution;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.workload.Backoff;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hybrid clients of one replication share: the streams, the recorder, the timeline's
 * bucket, the instants when unreplicated writes are lost, and the latency tables and bounds,
 * built once per distinct latency and kept in creation order.
 */
final class HybridContext {

    /** A latency bound is exceeded with a probability below this. */
    static final double TAIL = 1e-10;

    private final RandomStreams streams;
    private final RequestSink sink;
    private final long bucketNanos;
    private final long horizonNanos;
    private final long[] hazards;
    private final long lagBoundNanos;
    private final long maxSpanNanos;
    private final boolean detailed;
    private final int maxInstances;
    private final double nudge;
    private final Map<AttemptShape.LatencyParts, Long> bounds = new LinkedHashMap<>();
    /** By identity: asked once per attempt followed, where an equality lookup would hash the whole parts. */
    private final Map<AttemptShape.LatencyParts, Sampler[]> samplers = new IdentityHashMap<>();
    private final Map<TableKey, LatencyTable> tables = new LinkedHashMap<>();
    /** By identity, for the same reason: a followed success's bound and first-attempt table. */
    private final Map<AttemptShape.LatencyParts, FirstAttempt> firstAttempts = new IdentityHashMap<>();

    HybridContext(RandomStreams streams, RequestSink sink, long bucketNanos, long horizonNanos, long[] hazards,
                  long lagBoundNanos, long maxSpanNanos, boolean detailed, int maxInstances, double nudge) {
        this.streams = streams;
        this.sink = sink;
        this.bucketNanos = bucketNanos;
        this.horizonNanos = horizonNanos;
        this.hazards = hazards;
        this.lagBoundNanos = lagBoundNanos;
        this.maxSpanNanos = maxSpanNanos;
        this.detailed = detailed;
        this.maxInstances = maxInstances;
        this.nudge = nudge;
    }

    RandomStreams streams() {
        return streams;
    }

    RequestSink sink() {
        return sink;
    }

    long bucketNanos() {
        return bucketNanos;
    }

    long horizonNanos() {
        return horizonNanos;
    }

    long lagBoundNanos() {
        return lagBoundNanos;
    }

    /** No request lives longer than this, first attempt to last reply. */
    long maxSpanNanos() {
        return maxSpanNanos;
    }

    /**
     * Where traffic drawn from {@code time} on must be cut at the latest: the horizon, and for the
     * timeline the end of its bucket in replication 0 (so that each batch lies in one bucket), never
     * in the others, which only pool totals.
     */
    long cutAfter(long time) {
        return Math.min(detailed ? (time / bucketNanos + 1) * bucketNanos : Long.MAX_VALUE, horizonNanos);
    }

    int maxInstances() {
        return maxInstances;
    }

    /** A deliberate bias for the agreement suite's proof that it can fail: a share of successes made timeouts. */
    double nudge() {
        return nudge;
    }

    /**
     * From when writes must commit at their own instants before the loss at {@code hazard} (a lag
     * bound before it), {@code Long.MAX_VALUE} when there is none.
     */
    long timedFrom(long hazard) {
        return hazard == Long.MAX_VALUE ? Long.MAX_VALUE : hazard - lagBoundNanos;
    }

    /** The first instant after {@code time} at which writes not yet replicated are lost. */
    long nextHazardAfter(long time) {
        int found = Arrays.binarySearch(hazards, time + 1);
        int at = found >= 0 ? found : -found - 1;
        return at < hazards.length ? hazards[at] : Long.MAX_VALUE;
    }

    /** A latency that a success exceeds with probability below {@link #TAIL}: the sum of each part's. */
    long latencyBoundNanos(AttemptShape.LatencyParts parts) {
        return bounds.computeIfAbsent(parts, p -> {
            double bound = p.fixedNanos();
            List<Distribution> layers = p.layers();
            for (int i = 0; i < layers.size(); i++) {
                bound += layers.get(i).quantileNanos(1 - TAIL) * p.spikeFactors()[i];
            }
            return (long) Math.ceil(bound);
        });
    }

    /** One success's latency, drawn as the exact engine draws it: each layer once, spiked. */
    long sampleLatency(AttemptShape.LatencyParts parts, RandomStream random) {
        Sampler[] layers = samplers.computeIfAbsent(parts,
                p -> p.layers().stream().map(Sampler::of).toArray(Sampler[]::new));
        long total = parts.fixedNanos();
        for (int i = 0; i < layers.length; i++) {
            total += Sampler.spiked(layers[i].sample(random), parts.spikeFactors()[i]);
        }
        return total;
    }

    /**
     * A followed attempt's latency: from the first-attempt table where no draw can reach
     * {@code timeoutNanos} (the bulk's own approximation, one uniform instead of a draw per
     * layer), else drawn as the exact engine draws it, so that timeouts keep their chance.
     */
    long followedLatency(AttemptShape.LatencyParts parts, long timeoutNanos, RandomStream random) {
        FirstAttempt first = firstAttempts.computeIfAbsent(parts,
                p -> new FirstAttempt(latencyBoundNanos(p), table(p, 1, 0, null)));
        return first.boundNanos() <= timeoutNanos ? first.table().sample(random) : sampleLatency(parts, random);
    }

    private record FirstAttempt(long boundNanos, LatencyTable table) {
    }

    /**
     * The latencies of {@code n} successes at attempt {@code attempts} (after failed attempts whose
     * replies took {@code replySumNanos} together): a few are drawn one by one as the exact engine
     * draws them, many from the table of that success, which is built only then.
     */
    LatencyTable.Drawn latencies(AttemptShape shape, int attempts, long replySumNanos, RetrySpec retry, long n,
                                 RandomStream random) {
        if (n > LatencyTable.EXACT_UP_TO) {
            return table(shape, attempts, replySumNanos, retry).draw(n, random);
        }
        Backoff backoff = attempts == 1 ? null : new Backoff(retry, random);
        long[] values = new long[(int) n];
        long[] ones = new long[(int) n];
        long sum = 0;
        long max = 0;
        for (int i = 0; i < n; i++) {
            long total = sampleLatency(shape.success(), random) + replySumNanos;
            for (int k = 1; k < attempts; k++) {
                total += backoff.delayBeforeRetry(k);
            }
            values[i] = total;
            ones[i] = 1;
            sum += total;
            max = Math.max(max, total);
        }
        return new LatencyTable.Drawn(new LatencyCounts(values, ones), sum, max);
    }

    /**
     * The table of a success at attempt {@code attempts}: the failed attempts' replies
     * ({@code replySumNanos} together), the backoffs, the latency.
     */
    private LatencyTable table(AttemptShape shape, int attempts, long replySumNanos, RetrySpec retry) {
        // A first-attempt success waits for no backoff: its table is shared by every client.
        return attempts == 1 ? table(shape.success(), 1, 0, null)
                : table(shape.success(), attempts, replySumNanos, retry);
    }

    private LatencyTable table(AttemptShape.LatencyParts parts, int attempts, long replySumNanos, RetrySpec retry) {
        TableKey key = new TableKey(parts, attempts, replySumNanos, retry);
        LatencyTable table = tables.get(key);
        if (table == null) {
            // The first attempt's table stands for a later attempt's latency: only the backoffs are drawn anew.
            LatencyTable first = attempts == 1 ? null : table(parts, 1, 0, null);
            RandomStream random = streams.of("hybrid/latency/" + tables.size());
            if (attempts == 1) {
                table = new LatencyTable(r -> sampleLatency(parts, r), random);
            } else {
                Backoff backoff = new Backoff(retry, random);
                table = new LatencyTable(r -> {
                    long total = first.sample(r) + replySumNanos;
                    for (int k = 1; k < attempts; k++) {
                        total += backoff.delayBeforeRetry(k);
                    }
                    return total;
                }, random);
            }
            tables.put(key, table);
        }
        return table;
    }

    private record TableKey(AttemptShape.LatencyParts parts, int attempts, long replySumNanos, RetrySpec retry) {
    }
}
