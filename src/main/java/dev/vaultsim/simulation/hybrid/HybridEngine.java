package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Times;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.World;
import dev.vaultsim.record.Recorder;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.LayerSpec;
import dev.vaultsim.scenario.RegionSpec;
import dev.vaultsim.scenario.ReplicationMode;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.Engine;
import dev.vaultsim.simulation.ReplicationRun;
import dev.vaultsim.simulation.RunListeners;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Simulation;
import dev.vaultsim.simulation.WorldRun;
import dev.vaultsim.workload.Backoff;
import dev.vaultsim.workload.Client;

import java.util.ArrayList;
import java.util.List;

/**
 * The hybrid engine (hybrid-engine.md): the world as events, exactly as the exact engine has it,
 * and the traffic drawn in bulk wherever the world stays as it is for a request's whole life. Two
 * passes over the same streams: the world alone, recording what attempts would meet
 * ({@link WorldPass}); then the world again with {@link HybridClient}s in place of clients.
 * Clients of several vaults run in {@link SwitchingLane}s; a cache's keys beside them, in a
 * {@link HybridCache} with Poisson arrivals, or with constant ones in a {@link ConstantCache}, whose
 * walk over the client's schedule hands the lane its arrivals. Every scenario runs on this engine.
 */
public final class HybridEngine implements Engine {

    public static final String KIND = "hybrid";

    private final double nudge;

    public HybridEngine() {
        this(0);
    }

    /** With a deliberate bias (a share of successes counted as timeouts), for the agreement suite's own test. */
    public static HybridEngine nudged(double nudge) {
        return new HybridEngine(nudge);
    }

    private HybridEngine(double nudge) {
        this.nudge = nudge;
    }

    @Override
    public ReplicationRun replicate(Scenario scenario, int replication, boolean detailed, RunOptions options) {
        // Saturating: a span of "no bound" (years of timeout, a huge maxRetries) wrapped to a negative
        // instant, and the world pass then saw nothing after 0 (no outage, every request one attempt).
        long span = Simulation.maxRequestSpanNanos(scenario);
        long until = Times.saturatingAdd(scenario.durationNanos(), span);
        WorldPass pass = WorldPass.run(scenario, replication, until);
        WorldRun run = new WorldRun(scenario, replication, detailed, RunListeners.NONE);
        World world = run.world();
        HybridContext context = new HybridContext(run.streams(), run.recorder(), Recorder.timelineBucketNanos(scenario),
                scenario.durationNanos(), pass.replicationHazards(), lagBound(scenario), span, detailed,
                maxInstances(scenario), nudge);
        List<Vault> vaults = world.vaults();
        List<TrafficSource> sources = new ArrayList<>();
        List<ThrottlePlanning.Participant> participants = new ArrayList<>();
        for (int index = 0; index < scenario.clients().size(); index++) {
            ClientSpec spec = scenario.clients().get(index);
            List<Vault> own = spec.vaults().stream().map(world::vault).toList();
            int[] positions = own.stream().mapToInt(vaults::indexOf).toArray();
            // A cache of several vaults counts its hits on each class's current vault: it hears of switchovers.
            SwitchWatch sink = new SwitchWatch(run.recorder());
            Client exactClient = new Client(spec, index, own, positions, world.region(spec.region()), world.service(),
                    run.streams(), sink, null, null);
            ClientParts parts = new ClientParts(context, spec, index, own.toArray(Vault[]::new), positions,
                    pass.timelines(index), exactClient, sources, participants);
            if (own.size() > 1) {
                parts.severalVaults(sink);
            } else if (spec.cache() == null) {
                parts.plain();
            } else {
                parts.cached(run, world);
            }
        }
        ThrottlePlanning.plan(participants, span);
        for (TrafficSource source : sources) {
            source.start(run.simulator());
        }
        return run.finish(options.monitor(), KIND);
    }

    /** How one client's traffic is drawn: it adds the client's sources, and the throttling limits it reaches. */
    private static final class ClientParts {
        private final HybridContext context;
        private final ClientSpec spec;
        private final int index;
        private final Vault[] vaults;
        private final int[] positions;
        private final ShapeTimeline[] timelines;
        private final Client exact;
        private final List<TrafficSource> sources;
        private final List<ThrottlePlanning.Participant> participants;

        ClientParts(HybridContext context, ClientSpec spec, int index, Vault[] vaults, int[] positions,
                    ShapeTimeline[] timelines, Client exact, List<TrafficSource> sources,
                    List<ThrottlePlanning.Participant> participants) {
            this.context = context;
            this.spec = spec;
            this.index = index;
            this.vaults = vaults;
            this.positions = positions;
            this.timelines = timelines;
            this.exact = exact;
            this.sources = sources;
            this.participants = participants;
        }

        /** One vault, no cache: one hybrid client, whose limits may be planned window by window. */
        void plain() {
            HybridClient client = new HybridClient(context, spec, index, positions[0], vaults[0], timelines[0], exact);
            sources.add(client);
            participants.add(new ThrottlePlanning.Participant(spec, vaults[0], client));
        }

        /**
         * Lanes for its traffic (and with a cache, the cache's keys beside them), one exact client for
         * all. With constant arrivals the cache's walk hands the lane its arrivals, as it hands them
         * to the uncached part of a client of one vault. Every limit they reach on any of its vaults
         * counts all that may go there, since the breakers (or on-error) may send any request to
         * any vault.
         */
        void severalVaults(SwitchWatch sink) {
            ClientSpec drawn = spec;
            PieceArrivals walk = null;
            HybridCache poisson = null;
            if (spec.arrivals() == Arrivals.CONSTANT && spec.cache() != null) {
                ConstantCache cache = new ConstantCache(context, spec, index, positions, vaults, timelines, exact);
                sink.onSwitch(cache::switched);
                sources.add(cache);
                walk = cache.uncachedArrivals();
                drawn = uncachedPart(spec);
            } else if (spec.cache() != null) {
                poisson = new HybridCache(context, spec, index, positions, vaults, timelines, exact);
                sink.onSwitch(poisson::switched);
                sources.add(poisson);
                drawn = uncachedPart(spec);
            }
            List<SwitchingLane> lanes = drawn == null ? List.of()
                    // The cache's misses and the other reads share the exact client's breakers.
                    : SwitchingLane.lanes(context, drawn, drawn == spec, index, exact, vaults, positions, timelines,
                            walk);
            sources.addAll(lanes);
            if (spec.cache() == null) {
                // Each lane's arrivals are counted against every limit it reaches on any of its vaults.
                lanes.forEach(lane -> participants.add(new ThrottlePlanning.Participant(lane.spec(), List.of(vaults),
                        lane)));
            } else if (poisson == null) {
                participants.add(new ThrottlePlanning.Participant(spec, List.of(vaults), wholeSchedule(lanes)));
            } else {
                cachedVaults(poisson, lanes);
            }
        }

        /**
         * A cached client of several vaults with Poisson arrivals: the cache's bound on its misses
         * counts against every limit its cached operations reach on any vault (a miss goes wherever
         * the breakers send it), and each lane's arrivals against every limit of its classes'
         * operations, the cache's included: a refused miss would count in the lane's breaker, so the
         * lane goes in bulk only where those limits are throttle-free too.
         */
        private void cachedVaults(HybridCache poisson, List<SwitchingLane> lanes) {
            ClientSpec cachedPart = cachedPart(spec);
            if (cachedPart != null) {
                ClientShapes[] cached = shapesByVault(cachedPart);
                participants.add(new ThrottlePlanning.Participant(cachedPart, List.of(vaults),
                        planners -> poisson.planWindows(planners,
                                (from, to) -> ClientShapes.mayFailOnAny(cached, from, to),
                                (from, to) -> ClientShapes.meetsLimitOnAny(cached, from, to),
                                cached[0].maxAttempts())));
            }
            lanes.forEach(lane -> participants.add(new ThrottlePlanning.Participant(lane.classesOf(spec),
                    List.of(vaults), lane)));
        }

        /**
         * One vault and a cache: the cache's keys, and the reads it does not hold as a client of their
         * own. With constant arrivals, cached and uncached reads share one schedule: the cache's walk
         * hands the uncached part its arrivals. Poisson ones split into independent processes.
         */
        void cached(WorldRun run, World world) {
            Vault vault = vaults[0];
            int position = positions[0];
            ShapeTimeline timeline = timelines[0];
            ConstantCache constant = spec.arrivals() == Arrivals.CONSTANT
                    ? new ConstantCache(context, spec, index, positions, vaults, timelines, exact) : null;
            HybridCache poisson = constant == null
                    ? new HybridCache(context, spec, index, positions, vaults, timelines, exact) : null;
            sources.add(constant != null ? constant : poisson);
            ClientSpec uncached = uncachedPart(spec);
            HybridClient client = null;
            if (uncached != null) {
                Client exactUncached = new Client(uncached, index, List.of(vault), new int[] {position},
                        world.region(spec.region()), world.service(), run.streams(), run.recorder(), null, null);
                client = new HybridClient(context, uncached, index, position, vault, timeline,
                        exactUncached, uncached.name(), constant == null ? null : constant.uncachedArrivals());
                sources.add(client);
            }
            if (constant != null) {
                // One walk over one schedule: the schedule's count of a window bounds its arrivals, cached or not.
                participants.add(new ThrottlePlanning.Participant(spec, vault, wholeSchedule(client)));
                return;
            }
            ClientSpec cachedPart = cachedPart(spec);
            if (cachedPart != null) {
                participants.add(new ThrottlePlanning.Participant(cachedPart, vault, planners -> {
                    ClientShapes shapes = shapes(cachedPart);
                    poisson.planWindows(planners, shapes::mayRetry, shapes::meetsLimit, shapes.maxAttempts());
                }));
            }
            if (client != null) {
                participants.add(new ThrottlePlanning.Participant(uncached, vault, client));
            }
        }

        /**
         * A cached client with constant arrivals joins its limits' planners with its schedule's
         * count of every window (its misses and its uncached reads are among those arrivals), and
         * its uncached part, if any, draws its runs by them.
         */
        private ThrottlePlanning.Planned wholeSchedule(HybridClient uncachedClient) {
            return planners -> {
                ClientWindows windows = ClientWindows.of(context, planners, ClientArrivals.of(spec)::windowCount,
                        "hybrid/client/" + spec.name() + "/", shapes(spec));
                if (uncachedClient != null) {
                    uncachedClient.planWindows(windows);
                }
            };
        }

        /**
         * The same with several vaults: the schedule's count of every window against every limit of
         * every vault, retried wherever an attempt on any may fail ({@link SwitchingLane#windows}),
         * and the lane that takes the uncached arrivals from the walk, if any, draws its runs by it.
         */
        private ThrottlePlanning.Planned wholeSchedule(List<SwitchingLane> lanes) {
            return planners -> {
                ClientWindows windows = SwitchingLane.windows(context, planners, ClientArrivals.of(spec)::windowCount,
                        spec.name(), shapesByVault(spec), lanes.stream().anyMatch(SwitchingLane::copiesWrites));
                lanes.forEach(lane -> lane.planWindows(windows));
            };
        }

        /** What the shapes of its one vault say about {@code part}'s requests (its backoff's bounds only: no draw). */
        private ClientShapes shapes(ClientSpec part) {
            return shapesByVault(part)[0];
        }

        /** What the shapes of each of its vaults say about {@code part}'s requests (its backoff's bounds only: no draw). */
        private ClientShapes[] shapesByVault(ClientSpec part) {
            Backoff backoff = new Backoff(part.retry(), context.streams().of("hybrid/client/" + part.name() + "/backoff"));
            ClientShapes[] byVault = new ClientShapes[timelines.length];
            for (int v = 0; v < timelines.length; v++) {
                byVault[v] = new ClientShapes(context, part, timelines[v], backoff);
            }
            return byVault;
        }
    }

    /**
     * A cached client's reads that its cache does not hold, as a client of their own (the cached
     * operations left in its mix at weight 0, so that its operations keep their positions in the
     * world pass's shapes), or null when the cache holds every operation. Its name only names its
     * random streams, apart from those of the client's misses.
     */
    private static ClientSpec uncachedPart(ClientSpec spec) {
        return MixParts.part(spec, "uncached", operation -> !HybridCache.caches(spec, operation), 1);
    }

    /**
     * A cached client's reads that its cache holds, as a client of their own, for counting them
     * against the limits they reach, or null when the cache holds none of its operations.
     */
    private static ClientSpec cachedPart(ClientSpec spec) {
        return MixParts.part(spec, "cached", operation -> HybridCache.caches(spec, operation), spec.objects());
    }

    /** Async replication's lag is below this with probability 1 − 10⁻⁹ in every region. */
    private static long lagBound(Scenario scenario) {
        double bound = 0;
        for (RegionSpec region : scenario.regions()) {
            var replication = region.service().replication();
            if (replication.mode() == ReplicationMode.ASYNC) {
                bound = Math.max(bound, replication.lag().quantileNanos(1 - 1e-9));
            }
        }
        return (long) Math.ceil(bound);
    }

    private static int maxInstances(Scenario scenario) {
        int most = 1;
        for (RegionSpec region : scenario.regions()) {
            for (LayerSpec layer : region.service().layers()) {
                most = Math.max(most, layer.instances());
            }
        }
        return most;
    }
}
