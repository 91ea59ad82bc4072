package dev.vaultsim.simulation;

import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.faults.FaultInjector;
import dev.vaultsim.faults.FaultListener;
import dev.vaultsim.faults.StochasticFaults;
import dev.vaultsim.model.FailoverRecord;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.World;
import dev.vaultsim.record.EngineFigures;
import dev.vaultsim.record.Recorder;
import dev.vaultsim.scenario.Scenario;

import java.util.List;

/**
 * What every engine does around its traffic: the world of one replication on a simulator, with its
 * faults and the recorder told of vault transitions and fault windows; then the run to the horizon
 * and the failovers handed to the recorder. Engines differ only in how traffic reaches the recorder.
 */
public final class WorldRun {

    private final Scenario scenario;
    private final int replication;
    private final Simulator simulator;
    private final RandomStreams streams;
    private final World world;
    private final Recorder recorder;

    public WorldRun(Scenario scenario, int replication, boolean detailed, RunListeners listeners) {
        this.scenario = scenario;
        this.replication = replication;
        this.simulator = new Simulator(scenario.durationNanos());
        this.streams = new RandomStreams(scenario.seed(), replication);
        this.recorder = new Recorder(scenario, Simulation.maxRequestSpanNanos(scenario), detailed);
        this.world = worldWithFaults(scenario, simulator, streams, recorder::faultStarted);
        List<Vault> vaults = world.vaults();
        listeners.watch(vaults);
        for (int v = 0; v < vaults.size(); v++) {
            int position = v;
            vaults.get(v).addListener((vault, from, to, now) -> recorder.vaultStateChanged(position, to,
                    vault.servingRegion(to) == null ? null : vault.servingRegion(to).name(), now));
        }
    }

    /**
     * The replication's world on {@code simulator} with its scheduled and random faults, each told
     * to {@code faults}: what the run and the hybrid engine's world pass both build.
     */
    public static World worldWithFaults(Scenario scenario, Simulator simulator, RandomStreams streams,
                                        FaultListener faults) {
        World world = World.compile(scenario, simulator, streams);
        new FaultInjector(world, simulator, faults).schedule(scenario.faults());
        new StochasticFaults(world, streams, faults).start(scenario.stochastic(), simulator);
        return world;
    }

    public Simulator simulator() {
        return simulator;
    }

    public RandomStreams streams() {
        return streams;
    }

    public World world() {
        return world;
    }

    public Recorder recorder() {
        return recorder;
    }

    /** Runs to the horizon (and the traffic under way then) and returns what the recorder saw. */
    public ReplicationRun finish(RunMonitor monitor, String engineKind) {
        monitor.started(replication, new RunProgress() {
            @Override
            public long simulatedNanos() {
                return simulator.now();
            }

            @Override
            public long eventsProcessed() {
                return simulator.eventsProcessed();
            }
        });
        simulator.run();
        monitor.finished(replication);
        for (Vault vault : world.vaults()) {
            for (FailoverRecord f : vault.failovers()) {
                recorder.failover(vault.name(), vault.primary().name(), vault.secondary().name(),
                        f.outageStartNanos(), f.failoverStartNanos(), f.failoverCompleteNanos(),
                        f.failbackStartNanos(), f.failbackCompleteNanos(), f.failbackAborts(), f.lostWrites());
            }
        }
        EngineFigures figures = new EngineFigures(engineKind, simulator.eventsProcessed(),
                simulator.fingerprint());
        return new ReplicationRun(replication, recorder.result(figures), recorder.aggregates());
    }
}
