package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.AttemptShape;
import dev.vaultsim.model.Vault;
import dev.vaultsim.record.CacheOutcome;
import dev.vaultsim.record.LatencyCounts;
import dev.vaultsim.record.RequestBatch;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.workload.Backoff;
import dev.vaultsim.workload.Client;

/**
 * One client's traffic under the hybrid engine, piece by piece of simulated time. A piece lies in
 * one timeline bucket and one interval of the client's {@link ShapeTimeline}, and is one of:
 * <ul>
 * <li><b>bulk</b>: arrivals whose every attempt stays in the interval (they arrive at least the
 * longest possible request life before it ends): counts per outcome drawn as Poisson counts of the
 * outcome's probability, latencies from a {@link LatencyTable};</li>
 * <li><b>band</b>: the rest of an interval: first attempts that end the request (a success, a cause
 * not retried) drawn in bulk, each retried request followed attempt by attempt over the timeline
 * (whatever state its retries meet);</li>
 * <li><b>exact</b>: arrivals placed one by one and simulated as events by the exact engine's own
 * {@link Client}, where chances are not enough: a throttled vault, a balancer routing over down
 * instances at a rate too low for retries to land anywhere but the next instance, latencies that
 * may reach the timeout, and the writes just before a region or link is lost (their replication
 * decides the lost writes).</li>
 * </ul>
 * Arrival counts come from one stream per bucket, so moving an interval's end redraws only its
 * bucket: common random numbers survive in sweeps.
 */
final class HybridClient implements Event {

    /** Retries land at random positions of a balancer when this many requests arrive per backoff and instance. */
    private static final double RANDOM_ROUTING_REQUESTS = 100;

    private final HybridContext context;
    private final ClientSpec spec;
    private final int index;
    private final int vaultPosition;
    private final Vault vault;
    private final ShapeTimeline timeline;
    private final Client exact;
    private final Operation[] operations;
    private final double[] shares;
    private final double perNano;
    private final boolean[] retryOn = new boolean[FailureCause.values().length];
    private final int maxAttempts;
    private final long maxBackoffNanos;
    private final boolean randomRouting;
    private final String streamPrefix;
    private final RandomStream loopRandom;
    private final Backoff backoff;
    private RandomStream bucketRandom;
    private long bucket = -1;

    HybridClient(HybridContext context, ClientSpec spec, int index, int vaultPosition, Vault vault,
                 ShapeTimeline timeline, Client exact) {
        this.context = context;
        this.spec = spec;
        this.index = index;
        this.vaultPosition = vaultPosition;
        this.vault = vault;
        this.timeline = timeline;
        this.exact = exact;
        this.operations = spec.mix().stream().map(MixEntry::operation).toArray(Operation[]::new);
        double total = spec.mix().stream().mapToDouble(MixEntry::weight).sum();
        this.shares = spec.mix().stream().mapToDouble(m -> m.weight() / total).toArray();
        this.perNano = 1 / spec.rate().meanGapNanos();
        for (FailureCause cause : spec.retryOn()) {
            retryOn[cause.ordinal()] = true;
        }
        this.maxAttempts = (int) Math.min(Integer.MAX_VALUE, spec.retry().maxRetries() + 1L);
        this.maxBackoffNanos = (long) Math.ceil(spec.retry().longestBackoffNanos());
        double minBackoff = spec.retry().fullJitter() ? 0 : spec.retry().baseDelayNanos() * (1 - spec.retry().jitter());
        this.randomRouting = perNano * minBackoff >= RANDOM_ROUTING_REQUESTS * context.maxInstances();
        RandomStreams streams = context.streams();
        this.streamPrefix = "hybrid/client/" + spec.name() + "/";
        this.loopRandom = streams.of(streamPrefix + "retries");
        this.backoff = new Backoff(spec.retry(), streams.of(streamPrefix + "backoff"));
    }

    void start(Simulator simulator) {
        simulator.scheduleArrival(0, this);
    }

    /** A piece starts now. */
    @Override
    public void fire(Simulator simulator) {
        long start = simulator.now();
        RandomStream random = bucketStream(start);
        int interval = timeline.indexAt(start);
        long stateEnd = timeline.endOf(interval);
        long bucketEnd = (start / context.bucketNanos() + 1) * context.bucketNanos();
        long limit = Math.min(Math.min(stateEnd, bucketEnd), context.horizonNanos());
        long hazard = context.nextHazardAfter(start);
        long timedFrom = hazard == Long.MAX_VALUE ? Long.MAX_VALUE : hazard - context.lagBoundNanos();
        boolean timed = start >= timedFrom;
        limit = Math.min(limit, timed ? hazard : timedFrom);
        long life = life(timeline.shapes(interval));
        long end;
        if (timed || life < 0) {
            end = limit;
            exactPiece(simulator, start, end, random);
        } else if (stateEnd - life > start) {
            end = Math.min(limit, stateEnd - life);
            bulkPiece(start, end, interval, random);
        } else {
            end = limit;
            bandPiece(simulator, start, end, interval, random);
        }
        if (end > start) {
            simulator.scheduleArrival(end, this);
        }
    }

    private RandomStream bucketStream(long time) {
        long b = time / context.bucketNanos();
        if (b != bucket) {
            bucket = b;
            bucketRandom = context.streams().of(streamPrefix + "bucket/" + b);
        }
        return bucketRandom;
    }

    /**
     * The longest a request arriving in these shapes can live while every attempt meets them, or -1
     * where the shapes must be simulated exactly.
     */
    private long life(AttemptShape[] shapes) {
        long longest = 0;
        for (int o = 0; o < operations.length; o++) {
            AttemptShape shape = shapes[o];
            if (shape.throttled()) {
                return -1;
            }
            double down = shape.failureChances()[FailureCause.INSTANCE_UNAVAILABLE.ordinal()];
            if (down > 0 && shape.success() != null && !randomRouting) {
                return -1;
            }
            long reply;
            boolean retried;
            if (shape.unreachable()) {
                reply = spec.timeoutNanos();
                retried = retryOn[FailureCause.REGION_UNAVAILABLE.ordinal()];
            } else {
                reply = shape.failureReplyNanos();
                if (shape.success() != null) {
                    long bound = context.latencyBoundNanos(shape.success());
                    if (bound > spec.timeoutNanos()) {
                        return -1;
                    }
                    reply = Math.max(reply, bound);
                }
                retried = false;
                for (FailureCause cause : FailureCause.values()) {
                    retried |= shape.failureChances()[cause.ordinal()] > 0 && retryOn[cause.ordinal()];
                }
            }
            double span = retried ? maxAttempts * (double) reply + (maxAttempts - 1) * (double) maxBackoffNanos : reply;
            if (span >= Times.NEVER / 2.0) {
                // A life past the range (years of timeout, a huge maxRetries): simulate exactly, not wrap.
                return -1;
            }
            longest = Math.max(longest, (long) span + 1);
        }
        return longest;
    }

    /** Every attempt of these arrivals meets the interval's shapes: outcomes as Poisson counts. */
    private void bulkPiece(long start, long end, int interval, RandomStream random) {
        int phase = vault.transitions();
        double arrivals = perNano * (end - start);
        for (int o = 0; o < operations.length; o++) {
            double mean = arrivals * shares[o];
            AttemptShape shape = timeline.shape(interval, o);
            if (shape.unreachable()) {
                int attempts = retryOn[FailureCause.REGION_UNAVAILABLE.ordinal()] ? maxAttempts : 1;
                failed(o, FailureCause.REGION_UNAVAILABLE, Poisson.draw(mean, random), attempts, start, phase);
                continue;
            }
            double[] chances = shape.failureChances();
            double retried = 0;
            for (FailureCause cause : FailureCause.values()) {
                if (retryOn[cause.ordinal()]) {
                    retried += chances[cause.ordinal()];
                }
            }
            double reach = 1;
            for (int k = 1; k <= maxAttempts; k++) {
                if (shape.success() != null) {
                    succeeded(o, shape, k, Poisson.draw(mean * reach * shape.successChance(), random), start, phase,
                            random);
                }
                for (FailureCause cause : FailureCause.values()) {
                    double chance = chances[cause.ordinal()];
                    boolean last = k == maxAttempts;
                    if (chance > 0 && (!retryOn[cause.ordinal()] || last)) {
                        failed(o, cause, Poisson.draw(mean * reach * chance, random), k, start, phase);
                    }
                }
                reach *= retried;
                if (reach == 0) {
                    break;
                }
            }
        }
    }

    /**
     * The end of an interval: first attempts that end their request are drawn in bulk; each request
     * whose first attempt is retried is followed attempt by attempt.
     */
    private void bandPiece(Simulator simulator, long start, long end, int interval, RandomStream random) {
        int phase = vault.transitions();
        double arrivals = perNano * (end - start);
        for (int o = 0; o < operations.length; o++) {
            double mean = arrivals * shares[o];
            AttemptShape shape = timeline.shape(interval, o);
            if (shape.unreachable()) {
                FailureCause cause = FailureCause.REGION_UNAVAILABLE;
                firstFailed(simulator, o, cause, Poisson.draw(mean, random), spec.timeoutNanos(), start, end, phase,
                        random);
                continue;
            }
            if (shape.success() != null) {
                succeeded(o, shape, 1, Poisson.draw(mean * shape.successChance(), random), start, phase, random);
            }
            for (FailureCause cause : FailureCause.values()) {
                double chance = shape.failureChances()[cause.ordinal()];
                if (chance == 0) {
                    continue;
                }
                firstFailed(simulator, o, cause, Poisson.draw(mean * chance, random), shape.failureReplyNanos(), start,
                        end, phase, random);
            }
        }
    }

    /**
     * {@code count} first attempts in [start, end) failed with {@code cause}, back after {@code reply}:
     * in bulk if the cause ends the request, else each request followed at a uniform arrival time.
     */
    private void firstFailed(Simulator simulator, int o, FailureCause cause, long count, long reply, long start,
                             long end, int phase, RandomStream random) {
        if (!retryOn[cause.ordinal()] || maxAttempts == 1) {
            failed(o, cause, count, 1, start, phase);
            return;
        }
        for (long r = 0; r < count; r++) {
            long t = start + (long) (random.nextDouble() * (end - start));
            follow(simulator, o, t, t + reply, cause, phase);
        }
    }

    /** A request whose first attempt, sent at {@code first}, failed with {@code cause}, back at {@code back}. */
    private void follow(Simulator simulator, int o, long first, long back, FailureCause cause, int phase) {
        long time = back;
        FailureCause last = cause;
        int attempts = 1;
        while (retryOn[last.ordinal()] && attempts < maxAttempts) {
            long sent = time + backoff.delayBeforeRetry(attempts);
            attempts++;
            AttemptShape shape = timeline.shape(timeline.indexAt(sent), o);
            if (shape.unreachable()) {
                last = FailureCause.REGION_UNAVAILABLE;
                time = sent + spec.timeoutNanos();
                continue;
            }
            FailureCause drawn = drawCause(shape, loopRandom);
            if (drawn != null) {
                last = drawn;
                time = sent + shape.failureReplyNanos();
                continue;
            }
            long latency = context.sampleLatency(shape.success(), loopRandom);
            if (latency > spec.timeoutNanos()) {
                last = FailureCause.TIMEOUT;
                time = sent + spec.timeoutNanos();
                continue;
            }
            long total = sent + latency - first;
            record(new RequestBatch(index, vaultPosition, operations[o], null, CacheOutcome.UNCACHED, phase, first,
                    1, attempts, LatencyCounts.of(total, 1), total, total, simulator.now()));
            if (shape.commitsAsync()) {
                simulator.schedule(sent, Precedence.TRAFFIC, s -> vault.asyncReplication().committed(s.now()));
            }
            return;
        }
        record(new RequestBatch(index, vaultPosition, operations[o], last, CacheOutcome.UNCACHED, phase, first, 1,
                attempts, null, 0, 0, simulator.now()));
    }

    private static FailureCause drawCause(AttemptShape shape, RandomStream random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (FailureCause cause : FailureCause.values()) {
            cumulative += shape.failureChances()[cause.ordinal()];
            if (u < cumulative) {
                return cause;
            }
        }
        return null;
    }

    /** Arrivals placed one by one and simulated as events by the exact engine's client. */
    private void exactPiece(Simulator simulator, long start, long end, RandomStream random) {
        long count = Poisson.draw(perNano * (end - start), random);
        if (count > 0) {
            new SortedArrivals(start, end, count, random).next(simulator);
        }
    }

    private void succeeded(int o, AttemptShape shape, int attempts, long count, long start, int phase,
                           RandomStream random) {
        if (count == 0) {
            return;
        }
        long nudged = context.nudge() > 0 ? Poisson.draw(count * context.nudge(), random) : 0;
        long kept = Math.max(0, count - nudged);
        if (nudged > 0) {
            failed(o, FailureCause.TIMEOUT, count - kept, attempts, start, phase);
        }
        if (kept == 0) {
            return;
        }
        LatencyTable.Drawn drawn = context.table(shape, attempts, spec.retry(), backoff).draw(kept, random);
        record(new RequestBatch(index, vaultPosition, operations[o], null, CacheOutcome.UNCACHED, phase, start, kept,
                kept * attempts, drawn.counts(), drawn.sumNanos(), drawn.maxNanos(), start));
        if (shape.commitsAsync()) {
            vault.asyncReplication().committedLongBefore(kept);
        }
    }

    private void failed(int o, FailureCause cause, long count, int attempts, long start, int phase) {
        if (count > 0) {
            record(new RequestBatch(index, vaultPosition, operations[o], cause, CacheOutcome.UNCACHED, phase, start,
                    count, count * attempts, null, 0, 0, start));
        }
    }

    private void record(RequestBatch batch) {
        context.sink().requestsCompleted(batch);
    }

    /** {@code count} arrivals as sorted uniforms over [start, end), drawn one after the other. */
    private final class SortedArrivals implements Event {
        private final long end;
        private final RandomStream random;
        private long remaining;
        private double last;

        SortedArrivals(long start, long end, long count, RandomStream random) {
            this.end = end;
            this.random = random;
            this.remaining = count;
            this.last = start;
        }

        void next(Simulator simulator) {
            // The smallest of `remaining` uniforms over (last, end).
            last += (end - last) * (1 - StrictMath.pow(random.nextOpenDouble(), 1.0 / remaining));
            remaining--;
            simulator.scheduleArrival(Math.min((long) last, end - 1), this);
        }

        @Override
        public void fire(Simulator simulator) {
            exact.arrive(simulator);
            if (remaining > 0) {
                next(simulator);
            }
        }
    }
}
