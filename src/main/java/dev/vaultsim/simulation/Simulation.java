package dev.vaultsim.simulation;

import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.faults.FaultInjector;
import dev.vaultsim.faults.StochasticFaults;
import dev.vaultsim.model.World;
import dev.vaultsim.record.Recorder;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.LimitGroup;
import dev.vaultsim.scenario.Rate;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.VaultSpec;
import dev.vaultsim.workload.AttemptListener;
import dev.vaultsim.workload.Client;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles one run: compiles the scenario into the model's actors, attaches clients, faults and
 * the recorder to one simulator, runs it to the horizon and returns what the recorder saw.
 */
public final class Simulation {

    private Simulation() {
    }

    /** Runs replication 0 of the scenario with its own seed. */
    public static RunResult run(Scenario scenario) {
        return run(scenario, 0, null);
    }

    /**
     * Runs one replication; {@code attempts}, when not null, is told of every attempt (for
     * invariant checks).
     */
    public static RunResult run(Scenario scenario, int replication, AttemptListener attempts) {
        return replication(scenario, replication, attempts, RunMonitor.NONE, true).result();
    }

    /** Runs one replication; only a {@code detailed} one keeps phases, faults and the timeline. */
    static ReplicationRun replication(Scenario scenario, int replication, AttemptListener attempts,
                                      RunMonitor monitor, boolean detailed) {
        Simulator simulator = new Simulator();
        RandomStreams streams = new RandomStreams(scenario.seed(), replication);
        World world = World.compile(scenario, simulator, streams);
        Recorder recorder = new Recorder(scenario, world.vaults(), maxRequestSpanNanos(scenario), detailed);
        new FaultInjector(world, simulator, recorder).schedule(scenario.faults());
        new StochasticFaults(world, streams, recorder).start(scenario.stochastic(), simulator);
        List<Client> clients = new ArrayList<>();
        for (ClientSpec spec : scenario.clients()) {
            var vault = world.vault(spec.vault());
            clients.add(new Client(spec, clients.size(), vault, world.region(spec.region()), world.service(),
                    scenario.durationNanos(), streams, recorder, attempts));
        }
        for (Client client : clients) {
            client.start(simulator);
        }
        monitor.started(replication, simulator);
        simulator.run(scenario.durationNanos());
        monitor.finished(replication);
        return new ReplicationRun(replication, recorder.result(simulator.eventsProcessed(), simulator.fingerprint()),
                recorder.aggregates());
    }

    /** An upper bound on how long any request of the scenario can take, first attempt to last reply. */
    static long maxRequestSpanNanos(Scenario scenario) {
        long throttleWindow = longestThrottleWindowNanos(scenario);
        long longest = 0;
        for (ClientSpec client : scenario.clients()) {
            RetrySpec retry = client.retry();
            double longestBackoff = Math.max(retry.maxDelayNanos(), retry.baseDelayNanos()) * (1 + retry.jitter());
            double longestWait = Math.max(longestBackoff, throttleWindow);
            double span = (retry.maxRetries() + 1.0) * client.timeoutNanos() + retry.maxRetries() * longestWait;
            // A span past the range of long (a huge maxRetries or timeout) means "no bound": saturate.
            longest = Math.max(longest, Times.saturatingAdd((long) Math.ceil(span), 1_000_000_000L));
        }
        return longest;
    }

    /** A throttled retry may wait until its window ends. */
    private static long longestThrottleWindowNanos(Scenario scenario) {
        long longest = 0;
        for (VaultSpec vault : scenario.vaults()) {
            if (vault.limits() == null) {
                continue;
            }
            for (LimitGroup group : LimitGroup.values()) {
                Rate rate = vault.limits().limitFor(group);
                if (rate != null) {
                    longest = Math.max(longest, rate.perNanos());
                }
            }
        }
        return longest;
    }
}
