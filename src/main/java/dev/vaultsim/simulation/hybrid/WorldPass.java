package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.AttemptShape;
import dev.vaultsim.model.Region;
import dev.vaultsim.model.Service;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.World;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.FaultKind;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.WorldRun;
import dev.vaultsim.workload.ReconnectWindows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The world pass: the replication's world alone, from the same streams as the run itself (nothing
 * in it depends on traffic), stepped instant by instant to record, for every client, what its
 * attempts would meet ({@link ShapeTimeline}), and the instants when writes still replicating could
 * be lost (a region lost or a link cut).
 */
final class WorldPass {

    private static final AttemptShape RECONNECTING =
            AttemptShape.unreachableShape(FailureCause.PRIVATE_ENDPOINT_RECONNECTING);

    /** By client, by the client's vault in its order of preference. */
    private final List<ShapeTimeline[]> timelines = new ArrayList<>();
    private final List<Long> replicationHazards = new ArrayList<>();

    /** Client {@code client}'s timeline on each of its vaults, in its order of preference. */
    ShapeTimeline[] timelines(int client) {
        return timelines.get(client);
    }

    /** The sorted instants at which unreplicated writes matter. */
    long[] replicationHazards() {
        return replicationHazards.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    static WorldPass run(Scenario scenario, int replication, long untilNanos) {
        WorldPass pass = new WorldPass();
        Simulator simulator = new Simulator(scenario.durationNanos());
        RandomStreams streams = new RandomStreams(scenario.seed(), replication);
        World world = WorldRun.worldWithFaults(scenario, simulator, streams, pass::faultStarted);
        List<ClientView> clients = new ArrayList<>();
        for (ClientSpec spec : scenario.clients()) {
            ClientView view = new ClientView(spec, world, streams);
            clients.add(view);
            pass.timelines.add(view.timelines);
        }
        simulator.runThrough(0);
        pass.record(0, clients, world);
        // The pass's own clock: a pause that ends with no event there leaves the simulator's behind.
        long at = 0;
        while (true) {
            long next = Math.min(simulator.nextEventTime(), pass.nextQuietChange(world, clients, at));
            if (next >= untilNanos) {
                break;
            }
            simulator.runThrough(next);
            pass.record(next, clients, world);
            at = next;
        }
        return pass;
    }

    private void faultStarted(dev.vaultsim.scenario.FaultSpec fault, long startNanos, long endNanos) {
        FaultKind kind = fault.kind();
        if (kind == FaultKind.REGION_OUTAGE || kind == FaultKind.PARTITION) {
            replicationHazards.add(startNanos);
        }
    }

    /**
     * A write pause and a private endpoint's reconnect window end without an event: the shapes
     * change then all the same.
     */
    private long nextQuietChange(World world, List<ClientView> clients, long now) {
        long next = Long.MAX_VALUE;
        for (Region region : world.regions()) {
            long until = region.writesPausedUntilNanos();
            if (until > now) {
                next = Math.min(next, until);
            }
        }
        for (ClientView client : clients) {
            for (int v = 0; client.reconnect != null && v < client.vaults.length; v++) {
                long until = client.reconnect.reconnectedAt(v);
                if (until > now) {
                    next = Math.min(next, until);
                }
            }
        }
        return next;
    }

    private void record(long time, List<ClientView> clients, World world) {
        Service service = world.service();
        for (ClientView client : clients) {
            for (int v = 0; v < client.vaults.length; v++) {
                Vault vault = client.vaults[v];
                AttemptShape[] shapes = new AttemptShape[client.operations.length + 1];
                boolean reconnecting = client.reconnect != null && client.reconnect.reconnecting(v, time);
                for (int o = 0; o < client.operations.length; o++) {
                    // As the exact client decides an attempt: the endpoint before the region.
                    shapes[o] = reconnecting ? RECONNECTING
                            : service.shape(vault, client.operations[o], client.region, time);
                }
                // The vault's phase, so that no interval spans two phases even where shapes stay alike.
                shapes[client.operations.length] = null;
                ShapeTimeline timeline = client.timelines[v];
                int phase = vault.transitions();
                if (timeline.last() == null || phase != client.lastPhases[v]
                        || !Arrays.equals(timeline.last(), shapes)) {
                    timeline.add(time, shapes);
                    client.lastPhases[v] = phase;
                }
            }
        }
    }

    /**
     * A client as the world pass sees it: its operations in mix order, its vaults (in its order of
     * preference) and region, its private endpoint's reconnect windows (or null), drawn from the
     * client's own streams as the exact client draws them, and a timeline per vault.
     */
    private static final class ClientView {
        final dev.vaultsim.catalog.Operation[] operations;
        final Vault[] vaults;
        final Region region;
        final ReconnectWindows reconnect;
        final ShapeTimeline[] timelines;
        final int[] lastPhases;

        ClientView(ClientSpec spec, World world, RandomStreams streams) {
            this.operations = spec.mix().stream().map(m -> m.operation()).toArray(dev.vaultsim.catalog.Operation[]::new);
            this.vaults = spec.vaults().stream().map(world::vault).toArray(Vault[]::new);
            this.region = world.region(spec.region());
            this.reconnect = spec.privateEndpoint() == null ? null
                    : new ReconnectWindows(spec.privateEndpoint(), spec.name(), vaults, streams);
            this.timelines = new ShapeTimeline[vaults.length];
            this.lastPhases = new int[vaults.length];
            for (int v = 0; v < vaults.length; v++) {
                timelines[v] = new ShapeTimeline(operations.length);
                lastPhases[v] = -1;
            }
        }
    }
}
