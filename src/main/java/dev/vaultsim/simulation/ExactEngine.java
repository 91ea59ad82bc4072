package dev.vaultsim.simulation;

import dev.vaultsim.model.Vault;
import dev.vaultsim.model.World;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.workload.Client;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference engine: every request, attempt and reply is an event on the world's simulator.
 */
public final class ExactEngine implements Engine {

    static final String KIND = "exact";

    @Override
    public ReplicationRun replicate(Scenario scenario, int replication, boolean detailed, RunOptions options) {
        RunListeners listeners = replication == 0 ? options.listeners() : RunListeners.NONE;
        WorldRun run = new WorldRun(scenario, replication, detailed, listeners);
        World world = run.world();
        List<Vault> vaults = world.vaults();
        List<Client> clients = new ArrayList<>();
        for (ClientSpec spec : scenario.clients()) {
            List<Vault> own = spec.vaults().stream().map(world::vault).toList();
            int[] positions = own.stream().mapToInt(vaults::indexOf).toArray();
            clients.add(new Client(spec, clients.size(), own, positions, world.region(spec.region()),
                    world.service(), run.streams(), run.recorder(), listeners.attempts(), listeners.requests()));
        }
        for (Client client : clients) {
            client.start(run.simulator());
        }
        return run.finish(options.monitor(), KIND);
    }
}
