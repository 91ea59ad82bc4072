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
import dev.vaultsim.record.RequestBatch;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.workload.Backoff;
import dev.vaultsim.workload.Client;
import dev.vaultsim.workload.ConstantSchedule;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * One client's traffic under the hybrid engine, piece by piece of simulated time. A piece lies in
 * one timeline bucket and one interval of the client's {@link ShapeTimeline}, and is one of:
 * <ul>
 * <li><b>bulk</b>: arrivals whose every attempt stays in the interval (they arrive at least the
 * longest possible request life before it ends): counts per outcome drawn from the outcome's
 * probability, latencies from a {@link LatencyTable};</li>
 * <li><b>band</b>: the rest of an interval: first attempts that end the request (a success, a cause
 * not retried) drawn in bulk, each retried request followed attempt by attempt over the timeline
 * (whatever state its retries meet);</li>
 * <li><b>exact</b>: arrivals placed one by one and simulated as events by the exact engine's own
 * {@link Client}, where chances are not enough: a throttled vault whose limits are not planned
 * ({@link ThrottlePlanning}), a balancer routing over down instances at a rate too low for retries
 * to land anywhere but the next instance, latencies that may reach the timeout, and the writes
 * just before a region or link is lost (their replication decides the lost writes).</li>
 * </ul>
 * Arrival counts come from one stream per bucket, so moving an interval's end redraws only its
 * bucket: common random numbers survive in sweeps. A client whose vault limits its operations
 * draws its arrivals per throttling window first ({@link ClientWindows}): runs of throttle-free
 * windows are cut into these pieces with their drawn counts, any other window is one exact piece.
 * How arrivals are counted and placed (Poisson or constant) is the {@link PieceArrivals}' business.
 */
final class HybridClient implements Event, TrafficSource {

    private static final FailureCause[] CAUSES = FailureCause.values();
    /** Slices of one band piece drawn along chains, and the longest chain followed so (a bound on work). */
    private static final int MAX_SLICES = 512;
    private static final int MAX_CHAIN = 64;

    private final HybridContext context;
    private final ClientSpec spec;
    private final int index;
    private final int vaultPosition;
    private final Vault vault;
    private final ShapeTimeline timeline;
    private final Client exact;
    private final Operation[] operations;
    private final double[] shares;
    /** Where its arrivals come from: its own (Poisson or constant), or a cache's walk over its schedule. */
    private final PieceArrivals arrivals;
    /** Its own arrivals, which can be counted per throttling window; null when they come from a cache's walk. */
    private final ClientArrivals ownArrivals;
    /** The arrivals pieces are drawn from: the client's own, or its current throttling window's drawn count. */
    private PieceArrivals pieces;
    /** Its throttling windows when its vault limits its operations and they are planned, else null. */
    private ClientWindows windows;
    /** The run of windows the current pieces belong to ends here. */
    private long runEnd;
    private final boolean[] retryOn = new boolean[CAUSES.length];
    private final int maxAttempts;
    private final ClientShapes shapes;
    private final String streamPrefix;
    private final RandomStream loopRandom;
    private final Backoff backoff;
    private final FollowedRequests followed;
    private final OutcomeTables tables;
    private final CountedRequests counted;
    private RandomStream bucketRandom;
    private long bucket = -1;
    /** Slices a band piece may still be cut into before the rest is followed request by request. */
    private int slicesLeft;

    HybridClient(HybridContext context, ClientSpec spec, int index, int vaultPosition, Vault vault,
                 ShapeTimeline timeline, Client exact) {
        this(context, spec, index, vaultPosition, vault, timeline, exact, spec.name(), null);
    }

    /**
     * @param streamName names its random streams, apart from those of any other drawer of the client's traffic
     * @param arrivals   where its arrivals come from, or null for its own (Poisson or constant, as its spec says)
     */
    HybridClient(HybridContext context, ClientSpec spec, int index, int vaultPosition, Vault vault,
                 ShapeTimeline timeline, Client exact, String streamName, PieceArrivals arrivals) {
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
        double perNano = 1 / spec.rate().meanGapNanos();
        this.ownArrivals = arrivals != null ? null
                : spec.arrivals() == Arrivals.CONSTANT ? new ConstantPieces(new ConstantSchedule(spec.rate()))
                : new PoissonPieces(perNano);
        this.arrivals = arrivals != null ? arrivals : ownArrivals;
        this.pieces = this.arrivals;
        for (FailureCause cause : spec.retryOn()) {
            retryOn[cause.ordinal()] = true;
        }
        this.maxAttempts = (int) Math.min(Integer.MAX_VALUE, spec.retry().maxRetries() + 1L);
        RandomStreams streams = context.streams();
        this.streamPrefix = "hybrid/client/" + streamName + "/";
        this.loopRandom = streams.of(streamPrefix + "retries");
        this.backoff = new Backoff(spec.retry(), streams.of(streamPrefix + "backoff"));
        this.shapes = new ClientShapes(context, spec, timeline, backoff);
        this.followed = new FollowedRequests(context.sink(), index, vaultPosition, operations);
        this.tables = new OutcomeTables(shapes);
        this.counted = new CountedRequests(context, spec.retry(), index, vaultPosition, vault, operations);
    }

    /**
     * From now on, the client's throttled operations are drawn window by window of its vault's
     * limits ({@code planners}, one per limit group its mix reaches, all of one width): in bulk
     * where the windows its arrivals can reach are throttle-free, else exactly.
     */
    void planWindows(List<WindowPlanner> planners) {
        if (ownArrivals == null) {
            throw new IllegalStateException("a cache's walk hands out these arrivals: they cannot be counted per window");
        }
        windows = new ClientWindows(planners, context.horizonNanos(), context.bucketNanos(), ownArrivals,
                context.streams(), streamPrefix, shapes::mayRetry, shapes::meetsLimit, maxAttempts);
        shapes.limitsPlanned();
    }

    @Override
    public void start(Simulator simulator) {
        simulator.scheduleArrival(0, this);
    }

    /** A piece starts now. */
    @Override
    public void fire(Simulator simulator) {
        long start = simulator.now();
        RandomStream random = bucketStream(start);
        long limit = Math.min(context.timelineCutAfter(start), context.horizonNanos());
        if (windows != null) {
            if (start >= runEnd && !enterRun(simulator, start, random)) {
                simulator.scheduleArrival(runEnd, this);
                return;
            }
            limit = Math.min(limit, runEnd);
        }
        int interval = timeline.indexAt(start);
        long stateEnd = timeline.endOf(interval);
        limit = Math.min(limit, stateEnd);
        long hazard = context.nextHazardAfter(start);
        long timedFrom = hazard == Long.MAX_VALUE ? Long.MAX_VALUE : hazard - context.lagBoundNanos();
        boolean timed = start >= timedFrom;
        limit = Math.min(limit, timed ? hazard : timedFrom);
        long life = shapes.life(interval);
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

    /**
     * A throttling window begins at {@code start}. With their drawn counts, the run of windows from
     * it that are throttle-free as far as their arrivals reach is cut into pieces as any stretch of
     * time (true); where there is none, this window's arrivals, its drawn count of them, are placed
     * now as sorted uniforms and simulated exactly (false).
     */
    private boolean enterRun(Simulator simulator, long start, RandomStream random) {
        long width = windows.widthNanos();
        long first = start / width;
        int run = windows.bulkRun(first);
        long last = first + Math.max(run, 1) - 1;
        runEnd = windows.end(last);
        PieceArrivals drawn = ownArrivals.given(windows.arrivals(first, last), start, width, runEnd);
        if (run > 0) {
            pieces = drawn;
            return true;
        }
        drawn.placeExactly(simulator, start, runEnd, random, exact::arrive);
        return false;
    }

    private RandomStream bucketStream(long time) {
        long b = time / context.bucketNanos();
        if (b != bucket) {
            bucket = b;
            bucketRandom = context.streams().of(streamPrefix + "bucket/" + b);
        }
        return bucketRandom;
    }

    /** Every attempt of these arrivals meets the interval's shapes: outcomes as counts. */
    private void bulkPiece(long start, long end, int interval, RandomStream random) {
        Outcomes outcomes = tables.bulk(interval);
        int phase = vault.transitions();
        pieces.count(start, end, outcomes, counted.buffer(outcomes), random,
                drawn -> counted.record(outcomes, drawn, start, phase, random));
    }

    ShapeTimeline timeline() {
        return timeline;
    }

    /** What its timeline's shapes say about its requests. */
    ClientShapes shapes() {
        return shapes;
    }

    /**
     * The arrivals in [start, end), which the caller knows to lie in one interval and one timeline
     * bucket and to live within it, drawn in bulk; their number by operation (in mix order).
     */
    long[] bulk(long start, long end) {
        int interval = timeline.indexAt(start);
        Outcomes outcomes = tables.bulk(interval);
        int phase = vault.transitions();
        RandomStream random = bucketStream(start);
        long[] arrived = new long[operations.length];
        // A client's own arrivals hand their counts over at once (only a cache's walk defers them).
        pieces.count(start, end, outcomes, counted.buffer(outcomes), random, drawn -> {
            counted.record(outcomes, drawn, start, phase, random);
            for (int i = 0; i < outcomes.size(); i++) {
                arrived[outcomes.operation(i)] += drawn[i];
            }
        });
        return arrived;
    }

    /** The arrivals in [start, end) placed one by one, each firing {@code arrival}. */
    void exactly(Simulator simulator, long start, long end, Event arrival) {
        pieces.placeExactly(simulator, start, end, bucketStream(start), arrival);
    }

    /**
     * The end of an interval, where retries may meet later intervals. Its arrivals are cut into
     * slices by where each attempt can land: a slice whose every attempt lands in a known interval,
     * whatever its backoffs, is drawn in bulk along that chain of intervals; where an attempt may
     * land on either side of a boundary, first attempts are drawn in bulk and each retried request
     * is followed. Near a replication hazard, writes must commit at their own instants: every
     * retried request is followed.
     */
    private void bandPiece(Simulator simulator, long start, long end, int interval, RandomStream random) {
        int phase = vault.transitions();
        slicesLeft = MAX_SLICES;
        long hazard = context.nextHazardAfter(start);
        if (Times.saturatingAdd(end, Times.saturatingAdd(context.maxSpanNanos(), context.lagBoundNanos())) >= hazard) {
            followFirstAttempts(simulator, start, end, interval, start, random);
        } else {
            int[] chain = new int[Math.min(maxAttempts, MAX_CHAIN)];
            chain[0] = interval;
            slice(simulator, start, end, chain, 1, 0, 0, start, random);
        }
        long now = simulator.now();
        pieces.whenHandedOut(end, () -> followed.flush(start, phase, now));
    }

    /**
     * Arrivals in [u, v) whose attempts 1 to j land in {@code chain[0..j-1]} whatever their
     * backoffs, the next one sent between {@code lo} and {@code hi} after arrival (if sent).
     */
    private void slice(Simulator simulator, long u, long v, int[] chain, int j, long lo, long hi, long pieceStart,
                       RandomStream random) {
        if (u >= v) {
            return;
        }
        int current = chain[j - 1];
        if (j > 1 && shapes.anyNeedsExactness(current) || slicesLeft-- <= 0) {
            followFirstAttempts(simulator, u, v, chain[0], pieceStart, random);
            return;
        }
        if (j == maxAttempts || !shapes.anyRetriedFrom(current)) {
            Outcomes outcomes = tables.chain(a -> chain[a - 1], j);
            int phase = vault.transitions();
            pieces.count(u, v, outcomes, counted.buffer(outcomes), random,
                    drawn -> counted.record(outcomes, drawn, pieceStart, phase, random));
            return;
        }
        if (j == chain.length) {
            followFirstAttempts(simulator, u, v, chain[0], pieceStart, random);
            return;
        }
        long nextLo = lo + shapes.replyNanos(current, true) + backoff.shortestBefore(j);
        long nextHi = hi + shapes.replyNanos(current, false) + backoff.longestBefore(j);
        int landing = timeline.indexAt(u + nextLo, current);
        long boundary = timeline.endOf(landing);
        if (v - 1 + nextHi < boundary) {
            chain[j] = landing;
            slice(simulator, u, v, chain, j + 1, nextLo, nextHi, pieceStart, random);
            return;
        }
        // Those surely sent before the boundary, those that may be sent on either side, those surely after.
        slice(simulator, u, Math.min(v, boundary - nextHi), chain, j, lo, hi, pieceStart, random);
        followFirstAttempts(simulator, Math.max(u, boundary - nextHi), Math.min(v, boundary - nextLo), chain[0],
                pieceStart, random);
        slice(simulator, Math.max(u, boundary - nextLo), v, chain, j, lo, hi, pieceStart, random);
    }

    /** Arrivals in [u, v) of interval {@code interval}: first attempts drawn, each retried request followed. */
    private void followFirstAttempts(Simulator simulator, long u, long v, int interval, long pieceStart,
                                     RandomStream random) {
        if (u >= v) {
            return;
        }
        Outcomes outcomes = tables.first(interval);
        int phase = vault.transitions();
        pieces.split(u, v, outcomes, counted.buffer(outcomes), random, (i, arrival) -> follow(simulator,
                outcomes.operation(i), arrival, arrival + outcomes.replyNanos(i), outcomes.cause(i), interval),
                drawn -> counted.record(outcomes, drawn, pieceStart, phase, random));
    }

    /**
     * A request whose first attempt, sent at {@code first} in {@code interval}, failed with
     * {@code cause}, back at {@code back}: its retries, each meeting the shapes of its own instant.
     */
    private void follow(Simulator simulator, int o, long first, long back, FailureCause cause, int interval) {
        long time = back;
        FailureCause last = cause;
        int attempts = 1;
        int at = interval;
        while (retryOn[last.ordinal()] && attempts < maxAttempts) {
            long sent = time + backoff.delayBeforeRetry(attempts);
            attempts++;
            at = timeline.indexAt(sent, at);
            AttemptShape shape = timeline.shape(at, o);
            if (shape.unreachable()) {
                last = shape.unreachableCause();
                time = sent + spec.timeoutNanos();
                continue;
            }
            FailureCause drawn = drawCause(shape, loopRandom);
            if (drawn != null) {
                last = drawn;
                time = sent + shape.failureReplyNanos();
                continue;
            }
            long latency = context.followedLatency(shape.success(), spec.timeoutNanos(), loopRandom);
            if (latency > spec.timeoutNanos()) {
                last = FailureCause.TIMEOUT;
                time = sent + spec.timeoutNanos();
                continue;
            }
            followed.succeeded(o, attempts, sent + latency - first);
            if (shape.commitsAsync()) {
                simulator.schedule(sent, Precedence.TRAFFIC, s -> vault.asyncReplication().committed(s.now()));
            }
            return;
        }
        followed.failed(o, last, attempts);
    }

    private static FailureCause drawCause(AttemptShape shape, RandomStream random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (FailureCause cause : CAUSES) {
            cumulative += shape.failureChances()[cause.ordinal()];
            if (u < cumulative) {
                return cause;
            }
        }
        return null;
    }

    /** Arrivals placed one by one and simulated as events by the exact engine's client. */
    private void exactPiece(Simulator simulator, long start, long end, RandomStream random) {
        pieces.placeExactly(simulator, start, end, random, exact::arrive);
    }
}
