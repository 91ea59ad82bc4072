package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Vault;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.workload.Backoff;
import dev.vaultsim.workload.Client;

import java.util.List;

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
 * <p>
 * This class keeps the piece loop; what the shapes of an interval allow is {@link ClientShapes}'
 * to say, the outcomes drawn come from {@link OutcomeTables}, a band is cut by {@link BandSlicer}
 * (its retried requests followed by {@link RetryFollower}), and {@link CountedRequests} records
 * the counts drawn.
 */
final class HybridClient implements Event, TrafficSource, ThrottlePlanning.Planned {

    private final HybridContext context;
    private final ShapeTimeline timeline;
    private final Vault vault;
    private final Client exact;
    private final ClientShapes shapes;
    private final OutcomeTables tables;
    private final CountedRequests counted;
    private final BandSlicer band;
    /** Its own arrivals, which can be counted per throttling window; null when they come from a cache's walk. */
    private final ClientArrivals ownArrivals;
    /**
     * The arrivals pieces are drawn from: its own (Poisson or constant), a cache's walk over its
     * schedule, or its current run of throttling windows' drawn counts.
     */
    private PieceArrivals pieces;
    /** Its throttling windows when its vault limits its operations and they are planned, else null. */
    private ClientWindows windows;
    /** The run of windows the current pieces belong to ends here. */
    private long runEnd;
    private final String streamPrefix;
    private final BucketStreams buckets;

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
        this.timeline = timeline;
        this.vault = vault;
        this.exact = exact;
        this.ownArrivals = arrivals != null ? null : ClientArrivals.of(spec);
        this.pieces = arrivals != null ? arrivals : ownArrivals;
        RandomStreams streams = context.streams();
        this.streamPrefix = "hybrid/client/" + streamName + "/";
        this.buckets = new BucketStreams(streams, streamPrefix, context.bucketNanos());
        Backoff backoff = new Backoff(spec.retry(), streams.of(streamPrefix + "backoff"));
        this.shapes = new ClientShapes(context, spec, timeline, backoff);
        Operation[] operations = shapes.operations();
        this.tables = new OutcomeTables(shapes);
        this.counted = new CountedRequests(context, spec.retry(), index, vaultPosition, vault, operations);
        RetryFollower follower = new RetryFollower(context, shapes, vault, backoff, streams.of(streamPrefix + "retries"),
                new FollowedRequests(context.sink(), index, vaultPosition, operations));
        this.band = new BandSlicer(context, shapes, tables, counted, follower, backoff, vault);
    }

    /**
     * From now on, the client's throttled operations are drawn window by window of its vault's
     * limits ({@code planners}, one per limit group its mix reaches, all of one width): in bulk
     * where the windows its arrivals can reach are throttle-free, else exactly.
     */
    @Override
    public void planWindows(List<WindowPlanner> planners) {
        if (ownArrivals == null) {
            throw new IllegalStateException("a cache's walk hands out these arrivals: they cannot be counted per window");
        }
        planWindows(ClientWindows.of(context, planners, ownArrivals::windowCount, streamPrefix, shapes));
    }

    /**
     * From now on, its throttled operations are drawn window by window as {@code windows} decide:
     * its own, or with a cache's walk handing out its arrivals, those of the whole client, whose
     * counts (its schedule's) bound the walk's arrivals, cached and not.
     */
    void planWindows(ClientWindows windows) {
        this.windows = windows;
        shapes.limitsPlanned();
    }

    /**
     * From now on its pieces take their arrivals from {@code arrivals}: a lane's run of throttling
     * windows with their drawn counts, shared by the lane's drawers ({@link SwitchingLane}).
     */
    void drawFrom(PieceArrivals arrivals) {
        pieces = arrivals;
    }

    ShapeTimeline timeline() {
        return timeline;
    }

    /** What its timeline's shapes say about its requests. */
    ClientShapes shapes() {
        return shapes;
    }

    @Override
    public void start(Simulator simulator) {
        simulator.scheduleArrival(0, this);
    }

    /** A piece starts now. */
    @Override
    public void fire(Simulator simulator) {
        long start = simulator.now();
        RandomStream random = buckets.at(start);
        long limit = context.cutAfter(start);
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
        long timedFrom = context.timedFrom(hazard);
        boolean timed = start >= timedFrom;
        limit = Math.min(limit, timed ? hazard : timedFrom);
        long life = shapes.life(interval);
        long end;
        if (timed || life < 0) {
            end = limit;
            exactPiece(simulator, start, end, random);
        } else if (stateEnd - life > start) {
            end = Math.min(limit, stateEnd - life);
            bulkPiece(start, end, interval, random, null);
        } else {
            end = limit;
            band.draw(simulator, pieces, start, end, interval, random);
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
        // A cache's walk hands out the arrivals it holds, whatever the run: only its own are drawn per window.
        PieceArrivals drawn = ownArrivals == null ? pieces
                : ownArrivals.given(windows.arrivals(first, last), start, width, runEnd);
        if (run > 0) {
            pieces = drawn;
            return true;
        }
        drawn.placeExactly(simulator, start, runEnd, random, exact::arrive);
        return false;
    }

    /**
     * Every attempt of these arrivals meets the interval's shapes: outcomes as counts, and their
     * number by operation (in mix order) handed to {@code arrived} too unless it is null.
     */
    private void bulkPiece(long start, long end, int interval, RandomStream random, PieceArrivals.Counted arrived) {
        Outcomes outcomes = tables.bulk(interval);
        int phase = vault.transitions();
        pieces.count(start, end, outcomes, counted.buffer(outcomes), random, drawn -> {
            counted.record(outcomes, drawn, start, phase, random);
            if (arrived != null) {
                long[] byOperation = new long[shapes.operations().length];
                for (int i = 0; i < outcomes.size(); i++) {
                    byOperation[outcomes.operation(i)] += drawn[i];
                }
                arrived.counted(byOperation);
            }
        });
    }

    /** Arrivals placed one by one and simulated as events by the exact engine's client. */
    private void exactPiece(Simulator simulator, long start, long end, RandomStream random) {
        pieces.placeExactly(simulator, start, end, random, exact::arrive);
    }

    /**
     * The arrivals in [start, end), which the caller knows to lie in one interval and one timeline
     * bucket and to live within it, drawn in bulk; their number by operation (in mix order) handed
     * to {@code arrived} once known: at once, or when a cache's walk has passed them.
     */
    void bulk(long start, long end, PieceArrivals.Counted arrived) {
        bulkPiece(start, end, timeline.indexAt(start), buckets.at(start), arrived);
    }

    /** The arrivals in [start, end) placed one by one, each firing {@code arrival}. */
    void exactly(Simulator simulator, long start, long end, Event arrival) {
        pieces.placeExactly(simulator, start, end, buckets.at(start), arrival);
    }
}
