package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Vault;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.workload.Client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The cached reads of one client with Poisson arrivals under the hybrid engine (hybrid-engine.md,
 * "Couplings"; constant arrivals are {@link ConstantCache}'s). With Poisson arrivals and each
 * request's operation and object drawn independently, the requests for one key (a cached operation
 * and an object) are a Poisson process of their own, and a key is a renewal process: once a refresh leaves a fresh copy, every arrival until it expires is a hit, and
 * the next arrival after that is a miss. So each key's arrivals are placed one by one only while
 * its copy is missing or expired, and handed to the exact engine's own {@link Client}, whose cache,
 * coalescing and stale-if-error decide them; the first arrival that finds a fresh copy is a hit,
 * and opens the copy's fresh period, whose further arrivals are drawn in bulk: the hits of an
 * operation in a stretch of time are a Poisson count of mean (key rate × the time its keys spent
 * fresh), its next arrival the first after the copy expires (arrivals are memoryless).
 * Hits are counted per stretch between changes of the vaults' phases (and timeline buckets in
 * replication 0), so that they land in the phase and bucket of their arrival. A client of several
 * vaults counts a hit on its class's current vault, as the exact client does: a switchover of its
 * breakers ends the stretch too ({@link #switched}).
 */
final class HybridCache implements Event, TrafficSource {

    private final HybridContext context;
    private final Client exact;
    private final List<CachedOperation> operations = new ArrayList<>();
    private final RandomStream gaps;
    private final String streamPrefix;
    /** The stretch being counted. */
    private final HitStretch stretch;
    private final BucketStreams buckets;
    /** Its misses per throttling window, while its vault's limits are planned; else null. */
    private CacheWindows misses;

    HybridCache(HybridContext context, ClientSpec spec, int index, int[] vaultPositions, Vault[] vaults,
                ShapeTimeline[] timelines, Client exact) {
        this.context = context;
        this.exact = exact;
        double total = spec.mix().stream().mapToDouble(MixEntry::weight).sum();
        double perNano = 1 / spec.rate().meanGapNanos();
        for (MixEntry entry : spec.mix()) {
            if (spec.cache().operations().contains(entry.operation())) {
                operations.add(new CachedOperation(entry.operation(),
                        perNano * entry.weight() / total / spec.objects(), spec.objects()));
            }
        }
        this.stretch = new HitStretch(context, index, vaults, vaultPositions, timelines, exact,
                operations.stream().map(o -> o.operation).toArray(Operation[]::new));
        this.streamPrefix = "hybrid/client/" + spec.name() + "/cache/";
        this.gaps = context.streams().of(streamPrefix + "arrivals");
        this.buckets = new BucketStreams(context.streams(), streamPrefix, context.bucketNanos());
    }

    /**
     * From now on the limits its misses reach ({@code planners}: its vault's, or with several vaults
     * those of every vault, since a miss goes wherever the breakers send it) are planned window by
     * window: its misses are bounded per window ({@link CacheWindows}) from its keys' arrivals drawn
     * ahead, and counted against each. What the shapes of the client's cached reads say tells
     * whether a miss may be retried ({@code retries}, at most {@code maxAttempts} attempts) and may
     * meet a limit ({@code limited}).
     */
    void planWindows(List<WindowPlanner> planners, ClientWindows.SpanTest retries, ClientWindows.SpanTest limited,
                     int maxAttempts) {
        misses = new CacheWindows(planners, context.horizonNanos(), context.bucketNanos(), context.streams(),
                streamPrefix, this::possibleMisses, retries, limited, maxAttempts);
    }

    private long possibleMisses(long fromNanos, long toNanos) {
        long count = 0;
        for (CachedOperation operation : operations) {
            for (Key key : operation.keys) {
                count += key.possibleMisses(fromNanos, toNanos);
            }
        }
        return count;
    }

    /** The operations of {@code spec}'s mix that its cache holds. */
    static boolean caches(ClientSpec spec, Operation operation) {
        return spec.cache() != null && spec.cache().operations().contains(operation);
    }

    @Override
    public void start(Simulator simulator) {
        for (CachedOperation operation : operations) {
            for (Key key : operation.keys) {
                key.start(simulator);
            }
        }
        stretch.open(0);
        simulator.schedule(stretch.end(0), Precedence.TRAFFIC, this);
    }

    /** A stretch ends: its hits are drawn and recorded, and the next begins. */
    @Override
    public void fire(Simulator simulator) {
        long now = simulator.now();
        closeStretch(now);
        if (now < context.horizonNanos()) {
            stretch.open(now);
            simulator.schedule(stretch.end(now), Precedence.TRAFFIC, this);
        }
    }

    /**
     * A breaker of the client switched vaults at {@code now}: the hits before it count on the vault
     * the class had, those after on its new one. The stretch's scheduled end stays as it was.
     */
    void switched(long now) {
        // Even at the stretch's first instant: its hits so far (found at exact instants) stay on the old vault.
        closeStretch(now);
        stretch.open(now);
    }

    private void closeStretch(long now) {
        RandomStream random = buckets.at(stretch.start());
        for (int o = 0; o < operations.size(); o++) {
            CachedOperation operation = operations.get(o);
            operation.exposedUntil(now);
            long hits = operation.certainHits + Poisson.draw(operation.keyRate * operation.exposure, random);
            operation.certainHits = 0;
            operation.exposure = 0;
            stretch.record(o, hits, now);
        }
    }

    /** One cached operation: its keys, their rate, and the fresh copies whose hits are still to be drawn. */
    private final class CachedOperation {
        final Operation operation;
        final double keyRate;
        final Key[] keys;
        /** When each fresh copy still counted expires (clipped to the horizon). */
        final PriorityQueue<Long> expiries = new PriorityQueue<>();
        long certainHits;
        /** Key-nanoseconds of fresh copies in the stretch so far, up to {@link #countedTo}. */
        double exposure;
        long countedTo;

        CachedOperation(Operation operation, double keyRate, int objects) {
            this.operation = operation;
            this.keyRate = keyRate;
            this.keys = new Key[objects];
            for (int object = 0; object < objects; object++) {
                keys[object] = new Key(this, object);
            }
        }

        /** Counts the fresh copies' time up to {@code time}, dropping those that expired. */
        void exposedUntil(long time) {
            while (!expiries.isEmpty() && expiries.peek() <= time) {
                long expiry = expiries.poll();
                exposure += (double) (expiries.size() + 1) * (expiry - countedTo);
                countedTo = expiry;
            }
            exposure += (double) expiries.size() * (time - countedTo);
            countedTo = time;
        }

        /** A copy found fresh at {@code now} by an arrival (a hit), fresh until {@code until}. */
        void freshPeriod(long now, long until) {
            exposedUntil(now);
            certainHits++;
            expiries.add(Math.min(until, context.horizonNanos()));
        }
    }

    /**
     * One key's arrivals while it has no fresh copy, and the first that finds one; and, while its
     * vault's limits are planned, every arrival drawn ahead for {@link CacheWindows}' bound, each
     * simulated at its instant (a hit or a miss), none redrawn.
     */
    private final class Key implements Event {
        /** {@link #drawnTo} once no arrival is left before the horizon. */
        private static final long NONE = Long.MAX_VALUE;
        private final CachedOperation operation;
        private final int object;
        /** Its arrivals drawn and not yet simulated, in order: the first is scheduled. */
        private final ArrayDeque<Long> ahead = new ArrayDeque<>(2);
        /** Its arrivals up to here are drawn: the last one drawn, or the end of a fresh period whose hits are drawn in bulk. */
        private long drawnTo;

        Key(CachedOperation operation, int object) {
            this.operation = operation;
            this.object = object;
        }

        void start(Simulator simulator) {
            drawnTo = 0;
            drawNext();
            scheduleNext(simulator);
        }

        /** Its next arrival after {@link #drawnTo}, memoryless, unless it falls past the horizon. */
        private boolean drawNext() {
            if (drawnTo == NONE) {
                return false;
            }
            double gap = -StrictMath.log(gaps.nextOpenDouble()) / operation.keyRate;
            if (drawnTo + gap < context.horizonNanos()) {
                drawnTo += (long) gap;
                ahead.addLast(drawnTo);
                return true;
            }
            drawnTo = NONE;
            return false;
        }

        private void scheduleNext(Simulator simulator) {
            if (!ahead.isEmpty()) {
                simulator.scheduleArrival(ahead.peekFirst(), this);
            }
        }

        /** Its arrivals not yet simulated in [from, to) that may find no fresh copy, drawn ahead to {@code to}. */
        long possibleMisses(long from, long to) {
            long start = Math.max(from, exact.freshUntil(operation.operation, object));
            if (start >= to) {
                return 0;
            }
            while (drawnTo < to && drawNext()) {
                // Every arrival before the window's end is drawn, and kept.
            }
            long count = 0;
            for (long arrival : ahead) {
                if (arrival >= to) {
                    break;
                }
                count += arrival >= start ? 1 : 0;
            }
            return count;
        }

        @Override
        public void fire(Simulator simulator) {
            long now = ahead.pollFirst();
            long freshUntil = exact.freshUntil(operation.operation, object);
            if (now < freshUntil && ahead.isEmpty() && drawnTo != NONE) {
                // No arrival drawn past this one: the rest of the fresh period's are hits drawn in bulk.
                operation.freshPeriod(now, freshUntil);
                drawnTo = freshUntil;
            } else if (now < freshUntil) {
                operation.certainHits++;
            } else {
                exact.arrive(simulator, operation.operation, object);
                if (misses != null) {
                    misses.missed(now);
                }
            }
            if (ahead.isEmpty()) {
                drawNext();
            }
            scheduleNext(simulator);
        }
    }
}
