package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.Vault;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.WriteMode;
import dev.vaultsim.workload.Client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The traffic of a client of several vaults under the hybrid engine (hybrid-engine.md,
 * "Couplings"), one lane per operation class (the classes' breakers are independent, and so are
 * Poisson arrivals split by class), or one lane for the whole mix with constant arrivals. The
 * exact engine's own {@link Client} keeps the breakers (or the on-error choice), the mirrored
 * writes and the private endpoint. A piece of a lane's time is drawn in bulk on a vault when every
 * class of the lane has it as its current vault, no trial on the first vault is due or in flight,
 * and every attempt of an operation of the lane's classes on it (a cache's misses included: they
 * share the breakers) succeeds at once (no failure of any cause, no timeout) from a timeout before
 * the piece to a timeout after it: each arrival is then one
 * successful attempt, which changes nothing in the breakers but starts their counts of failures
 * again, and no reply from an attempt that could fail on the vault arrives among them. With
 * {@code writes: all} the other vaults must accept every copy too (their writes only). Everywhere
 * else the lane's arrivals go to the exact client one by one: while a vault the lane is on can
 * fail, and while a trial is due and not yet sent (or sent, unless the first vault fails it for
 * sure, when the lane goes on in bulk for an {@code openFor}, before which no next trial is due).
 * Where its vaults' limits are planned ({@link #planWindows}), it does so within runs of
 * throttle-free windows, with their drawn counts, and hands every other window's drawn arrivals to
 * the exact client. Beside a cache, its runs are throttle-free for the limits of the cache's
 * misses of its classes too ({@link #classesOf}): a refused miss would count in its breakers. Fed
 * by a constant-arrival cache's walk, it draws its runs by the whole schedule's counts, which
 * bound the walk's arrivals, cached and not, and takes its arrivals from the walk as before.
 */
final class SwitchingLane implements Event, TrafficSource, ThrottlePlanning.Planned {

    private final HybridContext context;
    private final ClientSpec spec;
    private final int index;
    private final Client exact;
    private final Vault[] vaults;
    private final int[] positions;
    private final HybridClient[] byVault;
    private final SafeRuns[] safe;
    /** By vault, for {@code writes: all}: where every copy of a write is accepted; null otherwise. */
    private final SafeRuns[] copiesAccepted;
    private final OperationClass[] classes;
    private final Operation[] operations;
    private final long timeoutNanos;
    private final Event exactArrival;
    /** Whether a constant-arrival cache's walk hands out its arrivals: then it cannot count them per window itself. */
    private final boolean fromWalk;
    /** Its throttling windows when its vaults' limits are planned, else null; the run of them ends at {@code runEnd}. */
    private ClientWindows windows;
    /** Its own arrivals, drawn per window, once its limits are planned and unless the walk hands them out. */
    private ClientArrivals ownArrivals;
    private long runEnd;

    private SwitchingLane(HybridContext context, ClientSpec lane, int index, Client exact, Vault[] vaults,
                          int[] positions, ShapeTimeline[] timelines, Event exactArrival, PieceArrivals arrivals) {
        this.context = context;
        this.spec = lane;
        this.index = index;
        this.exact = exact;
        this.vaults = vaults;
        this.positions = positions;
        this.operations = lane.mix().stream().map(MixEntry::operation).toArray(Operation[]::new);
        Set<OperationClass> present = EnumSet.noneOf(OperationClass.class);
        for (MixEntry entry : lane.mix()) {
            if (entry.weight() > 0) {
                present.add(entry.operation().operationClass());
            }
        }
        this.classes = present.toArray(OperationClass[]::new);
        this.timeoutNanos = lane.timeoutNanos();
        this.exactArrival = exactArrival;
        this.fromWalk = arrivals != null;
        this.byVault = new HybridClient[vaults.length];
        this.safe = new SafeRuns[vaults.length];
        boolean mirrored = lane.writes() == WriteMode.ALL;
        this.copiesAccepted = mirrored ? new SafeRuns[vaults.length] : null;
        // Every operation of the lane's classes, its own or not (a cache's misses share its breakers),
        // must succeed where the lane goes in bulk; only its own writes are copied.
        Predicate<Operation> ofLane = operation -> present.contains(operation.operationClass());
        Set<Operation> ownWrites = EnumSet.noneOf(Operation.class);
        lane.mix().stream().filter(m -> m.weight() > 0 && m.operation().isWrite())
                .forEach(m -> ownWrites.add(m.operation()));
        for (int v = 0; v < vaults.length; v++) {
            HybridClient drawer = new HybridClient(context, lane, index, positions[v], vaults[v], timelines[v], exact,
                    lane.name() + "@" + vaults[v].name(), arrivals);
            byVault[v] = drawer;
            safe[v] = new SafeRuns(timelines[v], i -> drawer.shapes().alwaysSucceeds(i, ofLane));
            if (mirrored) {
                copiesAccepted[v] = new SafeRuns(timelines[v], i -> drawer.shapes().alwaysSucceeds(i, ownWrites::contains));
            }
        }
    }

    /**
     * The lanes of a client of several vaults, drawing from its timelines, one per vault:
     * {@code spec} is the client's own, or the part of it its cache does not hold (whose requests
     * the lanes then draw themselves rather than from the client's mix); several lanes need
     * Poisson arrivals. {@code arrivals} is where they come from: null for the lanes' own, else a
     * constant-arrival cache's walk ({@link ConstantCache#uncachedArrivals}), for one lane.
     */
    static List<SwitchingLane> lanes(HybridContext context, ClientSpec spec, boolean ownMix, int index, Client exact,
                                     Vault[] vaults, int[] positions, ShapeTimeline[] timelines,
                                     PieceArrivals arrivals) {
        List<OperationClass> classes = spec.mix().stream().filter(m -> m.weight() > 0)
                .map(m -> m.operation().operationClass()).distinct().sorted().toList();
        List<SwitchingLane> lanes = new ArrayList<>();
        if (spec.arrivals() != Arrivals.POISSON || classes.size() == 1) {
            lanes.add(new SwitchingLane(context, spec, index, exact, vaults, positions, timelines,
                    ownMix ? exact::arrive : arrival(context, spec, exact), arrivals));
            return lanes;
        }
        for (OperationClass operationClass : classes) {
            ClientSpec lane = MixParts.part(spec, operationClass.name().toLowerCase(Locale.ROOT),
                    operation -> operation.operationClass() == operationClass, spec.objects());
            lanes.add(new SwitchingLane(context, lane, index, exact, vaults, positions, timelines,
                    arrival(context, lane, exact), null));
        }
        return lanes;
    }

    /** One request of the lane's own mix handed to the exact client: its operation and object drawn here. */
    private static Event arrival(HybridContext context, ClientSpec lane, Client exact) {
        RandomStream random = context.streams().of("hybrid/client/" + lane.name() + "/exact");
        Operation[] operations = lane.mix().stream().map(MixEntry::operation).toArray(Operation[]::new);
        double[] weights = lane.mix().stream().mapToDouble(MixEntry::weight).toArray();
        return simulator -> exact.arrive(simulator, draw(operations, weights, random),
                lane.objects() > 1 ? random.nextInt(lane.objects()) : 0);
    }

    private static Operation draw(Operation[] operations, double[] weights, RandomStream random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double u = random.nextDouble() * total;
        int last = 0;
        for (int i = 0; i < operations.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return operations[i];
                }
            }
        }
        // Rounding left u at or above the total: the last operation the lane draws at all.
        return operations[last];
    }

    /** Its part of the client's mix, as a client of its own. */
    ClientSpec spec() {
        return spec;
    }

    /**
     * The operations of {@code client}'s mix (the whole client's, its cache's too) of the lane's
     * classes, as a client of their own: whatever of them fails counts in the lane's breakers, so
     * the lane goes in bulk only where their limits are throttle-free too.
     */
    ClientSpec classesOf(ClientSpec client) {
        Set<OperationClass> own = EnumSet.noneOf(OperationClass.class);
        own.addAll(Arrays.asList(classes));
        // Named for no stream: it only tells the planning which limits the lane reaches, and how busy they are.
        return MixParts.part(client, "classes", operation -> own.contains(operation.operationClass()), client.objects());
    }

    /**
     * From now on the lane's arrivals are drawn per throttling window of every limit it reaches on
     * any of its vaults ({@code planners}, all of one width), and counted against each
     * ({@link #windows}).
     */
    @Override
    public void planWindows(List<WindowPlanner> planners) {
        if (fromWalk) {
            throw new IllegalStateException("a cache's walk hands out these arrivals: they cannot be counted per window");
        }
        ownArrivals = ClientArrivals.of(spec);
        planWindows(windows(context, planners, ownArrivals::windowCount, spec.name(),
                Arrays.stream(byVault).map(HybridClient::shapes).toArray(ClientShapes[]::new), copiesWrites()));
    }

    /**
     * From now on its throttled operations are drawn window by window as {@code windows} decide:
     * its own, or with a cache's walk handing out its arrivals, those of the whole client, whose
     * counts (its schedule's) bound the walk's arrivals, cached and not.
     */
    void planWindows(ClientWindows windows) {
        this.windows = windows;
        for (HybridClient drawer : byVault) {
            drawer.shapes().limitsPlanned();
        }
    }

    /** Whether it copies writes to every vault ({@code writes: all}): a copy goes after the write's reply. */
    boolean copiesWrites() {
        return copiesAccepted != null && Arrays.stream(operations).anyMatch(Operation::isWrite);
    }

    /**
     * The throttling windows of a client of several vaults, or of a part of it, whose requests
     * {@code byVault} describes (its shapes on each vault) and whose arrivals in a window
     * {@code count} gives ({@code hybrid/client/NAME/windows/B}): counted against every limit of
     * its vaults ({@code planners}, all of one width), since its breakers (or on-error) may send any
     * request to any of them, and a request sends one vault at most its attempts, or one copy of a
     * mirrored write. They may be retried wherever an attempt on any of its vaults may fail (any
     * cause moves a request on) or time out, and with {@code copies} always (a copy goes after the
     * write's reply, maybe a window later): then each arrival counts once more than its attempts.
     */
    static ClientWindows windows(HybridContext context, List<WindowPlanner> planners, ClientWindows.WindowCount count,
                                 String streamName, ClientShapes[] byVault, boolean copies) {
        return new ClientWindows(planners, context.horizonNanos(), context.bucketNanos(), count, context.streams(),
                "hybrid/client/" + streamName + "/",
                (from, to) -> copies || ClientShapes.mayFailOnAny(byVault, from, to),
                (from, to) -> ClientShapes.meetsLimitOnAny(byVault, from, to),
                byVault[0].maxAttempts() + (copies ? 1 : 0));
    }

    @Override
    public void start(Simulator simulator) {
        simulator.scheduleArrival(0, this);
    }

    /** A piece starts now. */
    @Override
    public void fire(Simulator simulator) {
        long start = simulator.now();
        long limit = context.cutAfter(start);
        if (windows != null) {
            if (start >= runEnd && !enterRun(simulator, start)) {
                simulator.scheduleArrival(runEnd, this);
                return;
            }
            limit = Math.min(limit, runEnd);
        }
        long hazard = context.nextHazardAfter(start);
        // Writes before a loss must commit at their own instants; mirrored copies commit up to their span later.
        long timedFrom = context.timedFrom(hazard);
        if (copiesAccepted != null && timedFrom != Long.MAX_VALUE) {
            timedFrom -= copiesSpanNanos();
        }
        long end;
        if (start >= timedFrom) {
            end = Math.min(limit, hazard);
            exactly(simulator, start, end);
        } else {
            limit = Math.min(limit, timedFrom);
            long bulkEnd = bulkEnd(start, limit);
            if (bulkEnd > start) {
                end = bulkEnd;
                bulk(start, end);
            } else {
                end = Math.min(limit, exactEnd(start));
                exactly(simulator, start, end);
            }
        }
        if (end > start) {
            simulator.scheduleArrival(end, this);
        }
    }

    /**
     * A throttling window begins at {@code start}: the lane's drawers take their arrivals from the
     * run of windows from it that are throttle-free as far as their arrivals reach, with their drawn
     * counts, cut into pieces as any stretch of time (true); where there is none, this window's
     * drawn arrivals go to the exact client one by one (false).
     */
    private boolean enterRun(Simulator simulator, long start) {
        long width = windows.widthNanos();
        long first = start / width;
        int run = windows.bulkRun(first);
        long last = first + Math.max(run, 1) - 1;
        runEnd = windows.end(last);
        if (ownArrivals != null) {
            // A cache's walk hands out the arrivals it holds, whatever the run: only its own are drawn per window.
            PieceArrivals drawn = ownArrivals.given(windows.arrivals(first, last), start, width, runEnd);
            for (HybridClient drawer : byVault) {
                drawer.drawFrom(drawn);
            }
        }
        if (run > 0) {
            return true;
        }
        exactly(simulator, start, runEnd);
        return false;
    }

    /** Where a bulk piece from {@code start} must end, or {@code start} when there can be none. */
    private long bulkEnd(long start, long limit) {
        int current = -1;
        long end = limit;
        for (OperationClass operationClass : classes) {
            int vault = exact.currentVault(operationClass);
            if (current >= 0 && vault != current) {
                return start;
            }
            current = vault;
            end = Math.min(end, trialBound(operationClass, start));
        }
        ShapeTimeline timeline = byVault[current].timeline();
        int interval = timeline.indexAt(start);
        if (!safe[current].safe(interval) || start < Times.saturatingAdd(safe[current].runStart(interval), timeoutNanos)) {
            return start;
        }
        end = Math.min(end, Math.min(timeline.endOf(interval), safe[current].runEnd(interval) - timeoutNanos));
        if (copiesAccepted != null) {
            // Copies go one after the other, each within a timeout of the one before.
            long copies = copiesSpanNanos();
            for (int v = 0; v < vaults.length; v++) {
                int at = byVault[v].timeline().indexAt(start);
                if (v != current && !copiesAccepted[v].safe(at)) {
                    return start;
                }
                end = v == current ? end : Math.min(end, copiesAccepted[v].runEnd(at) - copies);
            }
        }
        return Math.max(start, end);
    }

    /**
     * Until when the class's breaker leaves its requests on the current vault whatever they meet
     * there: until its trial on the first vault is due; while a trial is in flight (sent within a
     * timeout before {@code start}, since its reply comes within one), for an {@code openFor} from
     * now if it fails for sure (the first vault fails every attempt of the class over that
     * timeout: its reply, at or after now, then sets the next trial an {@code openFor} later);
     * else {@code start}, for the exact client to see the trial through.
     */
    private long trialBound(OperationClass operationClass, long start) {
        if (!exact.trialInFlight(operationClass)) {
            return Math.max(start, exact.trialDueAt(operationClass));
        }
        long sentFrom = Math.max(0, start - timeoutNanos);
        boolean fails = byVault[0].shapes().alwaysFails(operationClass, sentFrom, start);
        return fails ? Times.saturatingAdd(start, spec.switchover().openForNanos()) : start;
    }

    /** The copies of a write go one after the other, each within a timeout of the one before. */
    private long copiesSpanNanos() {
        return (long) Math.min(Long.MAX_VALUE / 4.0, (double) timeoutNanos * vaults.length);
    }

    /**
     * An exact piece ends at the next change of any vault's shapes, or after a hundred arrivals
     * (at most a timeout), to look again: a trial due is sent at the first arrival.
     */
    private long exactEnd(long start) {
        long step = (long) Math.min(timeoutNanos, 100 * spec.rate().meanGapNanos());
        long end = Times.saturatingAdd(start, Math.max(1, step));
        for (HybridClient drawer : byVault) {
            ShapeTimeline timeline = drawer.timeline();
            end = Math.min(end, timeline.endOf(timeline.indexAt(start)));
        }
        return end;
    }

    private void exactly(Simulator simulator, long start, long end) {
        byVault[0].exactly(simulator, start, end, exactArrival);
    }

    /**
     * Arrivals in bulk on the classes' current vault: each one successful attempt. Their counts may
     * come later, when a cache's walk has passed them: nothing the exact client meets in between
     * tells them apart (no reply on that vault fails there from a timeout before the piece on).
     */
    private void bulk(long start, long end) {
        int current = exact.currentVault(classes[0]);
        byVault[current].bulk(start, end, arrived -> arrived(current, start, arrived));
    }

    /** The bulk piece from {@code start} on vault {@code current} held {@code arrived} requests by operation. */
    private void arrived(int current, long start, long[] arrived) {
        long writes = 0;
        for (int o = 0; o < operations.length; o++) {
            if (arrived[o] > 0) {
                exact.succeededElsewhere(operations[o].operationClass());
                writes += operations[o].isWrite() ? arrived[o] : 0;
            }
        }
        if (writes == 0) {
            return;
        }
        if (copiesAccepted == null) {
            if (current != 0) {
                context.sink().divergentWrites(index, positions[current], writes, start);
            }
            return;
        }
        for (int v = 0; v < vaults.length; v++) {
            ShapeTimeline timeline = byVault[v].timeline();
            int at = timeline.indexAt(start);
            for (int o = 0; v != current && o < operations.length; o++) {
                if (arrived[o] > 0 && operations[o].isWrite() && timeline.shape(at, o).commitsAsync()) {
                    vaults[v].asyncReplication().committedLongBefore(arrived[o]);
                }
            }
        }
    }
}
