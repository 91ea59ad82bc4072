package dev.vaultsim.simulation;

import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.faults.FaultInjector;
import dev.vaultsim.faults.StochasticFaults;
import dev.vaultsim.model.FailoverRecord;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.World;
import dev.vaultsim.record.EngineFigures;
import dev.vaultsim.record.Recorder;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.workload.Client;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference engine: compiles the scenario into the model's actors on one simulator, where
 * every request, attempt and reply is an event, runs it to the horizon and tells the recorder
 * what happened.
 */
final class ExactEngine implements Engine {

    @Override
    public ReplicationRun replicate(Scenario scenario, int replication, boolean detailed, RunOptions options) {
        Simulator simulator = new Simulator(scenario.durationNanos());
        RandomStreams streams = new RandomStreams(scenario.seed(), replication);
        World world = World.compile(scenario, simulator, streams);
        Recorder recorder = new Recorder(scenario, Simulation.maxRequestSpanNanos(scenario), detailed);
        List<Vault> vaults = world.vaults();
        RunListeners listeners = replication == 0 ? options.listeners() : RunListeners.NONE;
        listeners.watch(vaults);
        for (int v = 0; v < vaults.size(); v++) {
            int position = v;
            vaults.get(v).addListener((vault, from, to, now) -> recorder.vaultStateChanged(position, to,
                    vault.servingRegion(to) == null ? null : vault.servingRegion(to).name(), now));
        }
        new FaultInjector(world, simulator, recorder::faultStarted).schedule(scenario.faults());
        new StochasticFaults(world, streams, recorder::faultStarted).start(scenario.stochastic(), simulator);
        List<Client> clients = new ArrayList<>();
        for (ClientSpec spec : scenario.clients()) {
            List<Vault> own = spec.vaults().stream().map(world::vault).toList();
            int[] positions = own.stream().mapToInt(vaults::indexOf).toArray();
            clients.add(new Client(spec, clients.size(), own, positions, world.region(spec.region()),
                    world.service(), streams, recorder, listeners.attempts(), listeners.requests()));
        }
        for (Client client : clients) {
            client.start(simulator);
        }
        options.monitor().started(replication, new RunProgress() {
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
        options.monitor().finished(replication);
        for (Vault vault : vaults) {
            for (FailoverRecord f : vault.failovers()) {
                recorder.failover(vault.name(), vault.primary().name(), vault.secondary().name(),
                        f.outageStartNanos(), f.failoverStartNanos(), f.failoverCompleteNanos(),
                        f.failbackStartNanos(), f.failbackCompleteNanos(), f.failbackAborts(), f.lostWrites());
            }
        }
        return new ReplicationRun(replication,
                recorder.result(new EngineFigures(simulator.eventsProcessed(), simulator.fingerprint())),
                recorder.aggregates());
    }
}
