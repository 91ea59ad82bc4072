package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Times;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.World;
import dev.vaultsim.record.Recorder;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.LayerSpec;
import dev.vaultsim.scenario.RegionSpec;
import dev.vaultsim.scenario.ReplicationMode;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.Engine;
import dev.vaultsim.simulation.ExactEngine;
import dev.vaultsim.simulation.ReplicationRun;
import dev.vaultsim.simulation.RunListeners;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Simulation;
import dev.vaultsim.simulation.WorldRun;
import dev.vaultsim.workload.Client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hybrid engine (hybrid-engine.md): the world as events, exactly as the exact engine has it,
 * and the traffic drawn in bulk wherever the world stays as it is for a request's whole life. Two
 * passes over the same streams: the world alone, recording what attempts would meet
 * ({@link WorldPass}); then the world again with {@link HybridClient}s in place of clients.
 * Scenarios whose clients couple requests to each other in ways the bulk draws cannot follow
 * (caches, several vaults, private endpoints) run on the exact engine, and the report says so.
 */
public final class HybridEngine implements Engine {

    public static final String KIND = "hybrid";

    private final ExactEngine exact;
    private final double nudge;

    /** @param exact the engine a scenario the hybrid cannot draw in bulk is handed to */
    public HybridEngine(ExactEngine exact) {
        this(exact, 0);
    }

    /** With a deliberate bias (a share of successes counted as timeouts), for the agreement suite's own test. */
    public static HybridEngine nudged(double nudge) {
        return new HybridEngine(new ExactEngine(), nudge);
    }

    private HybridEngine(ExactEngine exact, double nudge) {
        this.exact = exact;
        this.nudge = nudge;
    }

    @Override
    public ReplicationRun replicate(Scenario scenario, int replication, boolean detailed, RunOptions options) {
        Optional<String> unsupported = unsupported(scenario);
        if (unsupported.isPresent()) {
            return exact.replicate(scenario, replication, detailed, options, unsupported.get());
        }
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
        List<HybridClient> clients = new ArrayList<>();
        for (ClientSpec spec : scenario.clients()) {
            int index = clients.size();
            Vault vault = world.vault(spec.vault());
            int position = vaults.indexOf(vault);
            Client exactClient = new Client(spec, index, List.of(vault), new int[] {position},
                    world.region(spec.region()), world.service(), run.streams(), run.recorder(), null, null);
            clients.add(new HybridClient(context, spec, index, position, vault, pass.timelines().get(index),
                    exactClient));
        }
        for (HybridClient client : clients) {
            client.start(run.simulator());
        }
        return run.finish(options.monitor(), KIND, null);
    }

    /** Why the scenario must run on the exact engine, if it must. */
    static Optional<String> unsupported(Scenario scenario) {
        for (ClientSpec client : scenario.clients()) {
            if (client.hasCouplings()) {
                return Optional.of("client " + client.name() + " has a cache or several vaults");
            }
            if (client.privateEndpoint() != null) {
                // Its reconnect windows are not in the world pass's shapes: bulk draws would miss them.
                return Optional.of("client " + client.name() + " has a private endpoint");
            }
        }
        return Optional.empty();
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
