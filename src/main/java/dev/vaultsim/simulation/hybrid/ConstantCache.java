package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Vault;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.simulation.hybrid.UncachedSegments.Segment;
import dev.vaultsim.workload.Client;
import dev.vaultsim.workload.ConstantSchedule;

import java.util.ArrayList;
import java.util.List;

/**
 * A cached client with constant arrivals under the hybrid engine (hybrid-engine.md, "Couplings"):
 * one walk over its schedule, in step with simulated time. Each arrival of the schedule asks,
 * independently of every other, for a cached key (an operation and an object) or for a read the
 * cache does not hold, with fixed shares; so one key's arrivals are a thinning of the schedule, and
 * two keys never share an arrival: the keys are not independent, and one walk takes them all. The walk knows which keys have a copy known to be fresh and until which
 * arrival ({@link CachedKeys}); between two changes of that, an arrival asks for an open key with
 * the open keys' share, so the next such arrival is a geometric number of arrivals on, and those
 * skipped ask for fresh keys (hits) or for uncached reads, a binomial split of their number.
 * <p>
 * An arrival for an open key is handed to the exact engine's own {@link Client} at its instant,
 * whose cache, coalescing and stale-if-error decide it, unless the key's copy has been refreshed
 * meanwhile: then it is a hit, and the key is fresh until its copy expires. Hits are counted per
 * {@link HitStretch}. The uncached reads are the client's uncached part, a {@link HybridClient}
 * with one vault, a {@link SwitchingLane} with several, whose pieces ask for their arrivals through
 * {@link #uncachedArrivals()}: counted in bulk they are among the skipped arrivals, followed or
 * simulated exactly they are singled out like open keys. The walk never goes past the pieces asked
 * for, nor past the current stretch, so that it needs no knowledge of the future; and it costs its
 * misses, expiries, pieces and stretches, not its arrivals.
 * <p>
 * With several vaults a hit counts on its class's current vault, which a switchover of the exact
 * client's breakers changes, caused by a reply of a request in flight: possibly among arrivals
 * the walk has already skipped. Those hits are kept run by run ({@link HitsAhead}), and a
 * switchover ({@link #switched}) moves the ones after it to the new stretch.
 */
final class ConstantCache implements Event, TrafficSource {

    private final HybridContext context;
    private final Client exact;
    private final Operation[] operations;
    private final int objects;
    /** The share of all arrivals that ask for an operation the cache does not hold. */
    private final double uncachedShare;
    private final ConstantSchedule schedule;
    private final long lastIndex;
    private final CachedKeys keys;
    private final RandomStream random;
    /** Null without uncached reads: then the walk is bounded by stretches alone, one endless segment. */
    private final UncachedSegments uncached;
    private final Segment endless = Segment.endless();
    private final long[] hits;
    /** With several vaults, the hits counted for arrivals not yet reached, for a switchover to move; else null. */
    private final HitsAhead ahead;
    private final Event singledArrival = this::singledArrives;
    private final Event resumption = this::resume;
    private Simulator simulator;
    /** The next arrival the walk has not looked at. */
    private long position;
    /** An arrival singled out, or a resumption, is scheduled: the walk waits for it. */
    private boolean scheduled;
    /** The arrival singled out: its key ({@code operation × objects + object}), or −1, its segment and outcome. */
    private long pendingKey;
    private Segment pendingSegment;
    private int pendingOutcome;
    /** The stretch being counted, and the first arrival after its scheduled end. */
    private final HitStretch stretch;
    private long stretchEndIndex;

    ConstantCache(HybridContext context, ClientSpec spec, int index, int[] vaultPositions, Vault[] vaults,
                  ShapeTimeline[] timelines, Client exact) {
        this.context = context;
        this.exact = exact;
        this.objects = spec.objects();
        double total = spec.mix().stream().mapToDouble(MixEntry::weight).sum();
        List<Operation> cached = new ArrayList<>();
        List<Double> keyShares = new ArrayList<>();
        double uncached = 0;
        for (MixEntry entry : spec.mix()) {
            if (HybridCache.caches(spec, entry.operation())) {
                cached.add(entry.operation());
                keyShares.add(entry.weight() / total / objects);
            } else {
                uncached += entry.weight() / total;
            }
        }
        this.operations = cached.toArray(new Operation[0]);
        this.uncachedShare = uncached;
        this.schedule = new ConstantSchedule(spec.rate());
        this.lastIndex = schedule.firstAtOrAfter(context.horizonNanos());
        this.keys = new CachedKeys(keyShares.stream().mapToDouble(Double::doubleValue).toArray(), objects);
        this.random = context.streams().of("hybrid/client/" + spec.name() + "/cache/walk");
        this.hits = new long[operations.length];
        this.ahead = vaults.length > 1 ? new HitsAhead(operations.length) : null;
        this.stretch = new HitStretch(context, index, vaults, vaultPositions, timelines, exact, operations);
        this.uncached = uncached > 0 ? new UncachedSegments(schedule, this::asked) : null;
    }

    /** Where the client's uncached part (a {@link HybridClient} or a {@link SwitchingLane}) asks for its arrivals: this walk's. */
    PieceArrivals uncachedArrivals() {
        return uncached;
    }

    @Override
    public void start(Simulator simulator) {
        this.simulator = simulator;
        startStretch(0);
        walk();
    }

    /** A stretch ends: its hits are recorded, and the next begins. */
    @Override
    public void fire(Simulator simulator) {
        long now = simulator.now();
        if (position < Math.min(stretchEndIndex, lastIndex)) {
            throw new IllegalStateException("the cache's walk fell behind its stretch at " + now);
        }
        recordHits(now);
        if (ahead != null) {
            ahead.passed(stretchEndIndex);
        }
        if (now < context.horizonNanos()) {
            startStretch(now);
            if (!scheduled) {
                walk();
            }
        }
    }

    /**
     * A breaker of the client switched vaults at {@code now}: the hits before it count on the vault
     * the class had, those after (some of them counted ahead by the walk) on its new one. The
     * stretch's scheduled end stays as it was.
     */
    void switched(long now) {
        long[] later = ahead.from(schedule.firstAtOrAfter(now), random);
        for (int o = 0; o < operations.length; o++) {
            hits[o] -= later[o];
        }
        recordHits(now);
        stretch.open(now);
        System.arraycopy(later, 0, hits, 0, later.length);
    }

    private void recordHits(long now) {
        for (int o = 0; o < operations.length; o++) {
            stretch.record(o, hits[o], now);
            hits[o] = 0;
        }
    }

    private void startStretch(long now) {
        stretch.open(now);
        long end = stretch.end(now);
        stretchEndIndex = schedule.firstAtOrAfter(end);
        simulator.schedule(end, Precedence.TRAFFIC, this);
    }

    /**
     * From {@link #position} on: settles the segments passed, lets copies expire, and either singles
     * out the next arrival that asks for an open key (or an uncached read to be handed out) and
     * schedules it, or stops at the end of the stretch or of the segments asked for.
     */
    private void walk() {
        if (ahead != null) {
            ahead.passed(schedule.firstAtOrAfter(simulator.now()));
        }
        while (true) {
            Segment segment = uncached == null ? endless : uncached.at(position);
            if (segment == null || position >= lastIndex || position >= stretchEndIndex) {
                return;
            }
            keys.expireThrough(position);
            long boundary = Math.min(Math.min(stretchEndIndex, segment.to), Math.min(keys.nextExpiry(), lastIndex));
            double open = keys.openShare();
            double singled = open + uncachedShare * segment.singledShare;
            long skipped = skipped(singled, boundary - position);
            quiet(skipped, segment);
            position += skipped;
            if (position < boundary) {
                single(open, singled, segment);
                scheduled = true;
                simulator.scheduleArrival(schedule.at(position++), singledArrival);
                return;
            }
        }
    }

    /** The arrivals before the next one singled out (each is, with probability {@code p}), at most {@code limit}. */
    private long skipped(double p, long limit) {
        if (!(p > 0)) {
            return limit;
        }
        if (p >= 1) {
            return 0;
        }
        double trials = Math.max(1, StrictMath.ceil(StrictMath.log(random.nextOpenDouble()) / StrictMath.log1p(-p)));
        return trials - 1 < limit ? (long) trials - 1 : limit;
    }

    /** {@code count} arrivals not singled out in {@code segment}: hits and uncached reads counted. */
    private void quiet(long count, Segment segment) {
        if (count == 0) {
            return;
        }
        double counted = uncachedShare * (1 - segment.singledShare);
        double fresh = keys.freshShare();
        long uncachedCount = fresh > 0 ? Binomial.draw(count, counted / (counted + fresh), random) : count;
        segment.quiet += uncachedCount;
        if (ahead == null) {
            keys.splitHits(count - uncachedCount, hits, random);
            return;
        }
        long[] run = new long[operations.length];
        keys.splitHits(count - uncachedCount, run, random);
        for (int o = 0; o < operations.length; o++) {
            hits[o] += run[o];
        }
        ahead.add(position, position + count, run);
    }

    /** What the arrival singled out asks for: an open key, or an uncached read of the segment. */
    private void single(double open, double singled, Segment segment) {
        double u = random.nextDouble() * singled;
        if (u < open) {
            pendingKey = keys.pickOpen(u, objects, random);
            return;
        }
        pendingKey = -1;
        pendingSegment = segment;
        pendingOutcome = segment.kind == UncachedSegments.Kind.FOLLOWED
                ? ConstantPieces.followedOutcome(segment.outcomes, segment.singledShare, random) : -1;
    }

    /** The arrival singled out, at its instant: a hit, a miss for the exact client, or an uncached read handed out. */
    private void singledArrives(Simulator simulator) {
        scheduled = false;
        long now = simulator.now();
        if (pendingKey >= 0) {
            int o = (int) (pendingKey / objects);
            int object = (int) (pendingKey % objects);
            long freshUntil = exact.freshUntil(operations[o], object);
            if (now < freshUntil) {
                hits[o]++;
                long expiry = freshUntil >= context.horizonNanos() ? Long.MAX_VALUE
                        : schedule.firstAtOrAfter(freshUntil);
                keys.fresh(o, object, position, expiry);
            } else {
                exact.arrive(simulator, operations[o], object);
            }
        } else if (pendingSegment.kind == UncachedSegments.Kind.FOLLOWED) {
            pendingSegment.follower.follow(pendingOutcome, now);
        } else {
            pendingSegment.arrival.fire(simulator);
        }
        walk();
    }

    /** The uncached part asked for more arrivals: a walk that stopped for want of them goes on, at once. */
    private void asked() {
        if (!scheduled) {
            scheduled = true;
            simulator.schedule(simulator.now(), Precedence.TRAFFIC, resumption);
        }
    }

    private void resume(Simulator simulator) {
        scheduled = false;
        walk();
    }
}
