package dev.vaultsim.faults;

import dev.vaultsim.engine.Phase;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.Layer;
import dev.vaultsim.model.Region;
import dev.vaultsim.model.ReplicaSet;
import dev.vaultsim.model.World;
import dev.vaultsim.scenario.FaultSpec;

import java.util.List;

/**
 * Puts scheduled faults into the world: each starts and ends as an infrastructure event, so at
 * the same instant the world changes before anybody decides anything.
 */
public final class FaultInjector {

    private final World world;
    private final Simulator simulator;
    private final FaultListener listener;

    public FaultInjector(World world, Simulator simulator, FaultListener listener) {
        this.world = world;
        this.simulator = simulator;
        this.listener = listener;
    }

    public void schedule(List<FaultSpec> faults) {
        for (FaultSpec fault : faults) {
            long start = fault.atNanos();
            long end = Times.saturatingAdd(start, fault.durationNanos());
            simulator.schedule(start, Phase.INFRASTRUCTURE, sim -> {
                listener.faultStarted(fault, start, end);
                Runnable release = apply(fault);
                sim.schedule(end, Phase.INFRASTRUCTURE, s -> release.run());
            });
        }
    }

    /** Applies the fault now and returns what undoes it. */
    private Runnable apply(FaultSpec fault) {
        if (fault instanceof FaultSpec.RegionOutage outage) {
            Region region = world.region(outage.region());
            region.outageStarts(simulator.now());
            return () -> region.outageEnds(simulator.now());
        } else if (fault instanceof FaultSpec.InstanceFailure failure) {
            Layer layer = world.region(failure.region()).layer(failure.layer());
            int[] held = TargetChoice.lowestUpFirst(layer.instances(), failure.count(), layer::isUp);
            for (int instance : held) {
                layer.hold(instance, simulator);
            }
            return () -> {
                for (int instance : held) {
                    layer.release(instance, simulator);
                }
            };
        } else if (fault instanceof FaultSpec.ReplicaFailure failure) {
            ReplicaSet replicas = world.region(failure.region()).replicas();
            int[] held = TargetChoice.lowestUpFirst(replicas.count(), failure.count(), replicas::isUp);
            for (int replica : held) {
                replicas.hold(replica);
            }
            return () -> {
                for (int replica : held) {
                    replicas.release(replica);
                }
            };
        } else if (fault instanceof FaultSpec.Partition partition) {
            Region a = world.region(partition.regionA());
            Region b = world.region(partition.regionB());
            world.links().partitionStarts(a, b, simulator.now());
            return () -> world.links().partitionEnds(a, b, simulator.now());
        } else if (fault instanceof FaultSpec.LatencySpike spike) {
            List<Layer> layers = spikedLayers(spike);
            for (Layer layer : layers) {
                layer.spikeStarts(spike.factor());
            }
            return () -> {
                for (Layer layer : layers) {
                    layer.spikeEnds(spike.factor());
                }
            };
        }
        throw new IllegalArgumentException("unknown fault " + fault);
    }

    private List<Layer> spikedLayers(FaultSpec.LatencySpike spike) {
        Region region = world.region(spike.region());
        return spike.layer() == null ? region.layers() : List.of(region.layer(spike.layer()));
    }
}
