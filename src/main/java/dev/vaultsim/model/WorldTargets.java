package dev.vaultsim.model;

import dev.vaultsim.engine.Simulator;
import dev.vaultsim.scenario.FaultTargets;

import java.util.ArrayList;
import java.util.List;

/**
 * The world's fault primitives, acting at the simulator's current instant: the one place where a
 * fault kind's effect meets regions, layers, replicas and links.
 */
public final class WorldTargets implements FaultTargets {

    private final World world;
    private final Simulator simulator;

    public WorldTargets(World world, Simulator simulator) {
        this.world = world;
        this.simulator = simulator;
    }

    @Override
    public Runnable regionDown(String regionName) {
        Region region = world.region(regionName);
        region.outageStarts(simulator.now());
        return () -> region.outageEnds(simulator.now());
    }

    @Override
    public Runnable holdInstances(String region, String layerName, int count) {
        Layer layer = world.region(region).layer(layerName);
        List<Runnable> releases = new ArrayList<>();
        for (int instance : TargetChoice.lowestUpFirst(layer.instances(), count, layer::isUp)) {
            releases.add(holdInstance(region, layerName, instance));
        }
        return inOrder(releases);
    }

    @Override
    public Runnable holdInstance(String region, String layerName, int instance) {
        Layer layer = world.region(region).layer(layerName);
        layer.hold(instance, simulator);
        return () -> layer.release(instance, simulator);
    }

    @Override
    public Runnable holdReplicas(String region, int count) {
        ReplicaSet replicas = world.region(region).replicas();
        List<Runnable> releases = new ArrayList<>();
        for (int replica : TargetChoice.lowestUpFirst(replicas.count(), count, replicas::isUp)) {
            releases.add(holdReplica(region, replica));
        }
        return inOrder(releases);
    }

    @Override
    public Runnable holdReplica(String region, int replica) {
        ReplicaSet replicas = world.region(region).replicas();
        replicas.hold(replica);
        return () -> replicas.release(replica);
    }

    @Override
    public Runnable partition(String regionA, String regionB) {
        Region a = world.region(regionA);
        Region b = world.region(regionB);
        world.links().partitionStarts(a, b, simulator.now());
        return () -> world.links().partitionEnds(a, b, simulator.now());
    }

    @Override
    public Runnable zoneDown(String regionName, int zone) {
        Region region = world.region(regionName);
        List<Runnable> releases = new ArrayList<>();
        for (Layer layer : region.layers()) {
            for (int instance = 0; instance < layer.instances(); instance++) {
                if (region.spec().zoneOf(instance) == zone) {
                    releases.add(holdInstance(regionName, layer.name(), instance));
                }
            }
        }
        for (int replica = 0; replica < region.replicas().count(); replica++) {
            if (region.spec().zoneOf(replica) == zone) {
                releases.add(holdReplica(regionName, replica));
            }
        }
        region.zoneLost(simulator.now());
        return inOrder(releases);
    }

    @Override
    public Runnable spike(String regionName, String layerName, double factor) {
        Region region = world.region(regionName);
        List<Layer> layers = layerName == null ? region.layers() : List.of(region.layer(layerName));
        for (Layer layer : layers) {
            layer.spikeStarts(factor);
        }
        return () -> {
            for (Layer layer : layers) {
                layer.spikeEnds(factor);
            }
        };
    }

    /** Undoes several holds in the order they were taken. */
    private static Runnable inOrder(List<Runnable> releases) {
        return () -> releases.forEach(Runnable::run);
    }

    @Override
    public int instances(String region, String layer) {
        return world.region(region).layer(layer).instances();
    }

    @Override
    public int replicas(String region) {
        return world.region(region).replicas().count();
    }

    @Override
    public int zones(String region) {
        return world.region(region).spec().zones();
    }
}
