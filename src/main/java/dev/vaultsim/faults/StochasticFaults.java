package dev.vaultsim.faults;

import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Layer;
import dev.vaultsim.model.Region;
import dev.vaultsim.model.ReplicaSet;
import dev.vaultsim.model.Sampler;
import dev.vaultsim.model.World;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.StochasticFaultSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the {@code stochastic:} entries into one renewal process per unit they cover, each with a
 * random stream named after the unit (e.g. {@code stochastic/instance-failure/westeurope/hsm/1}),
 * so adding a unit or an entry never changes what another unit draws.
 */
public final class StochasticFaults {

    private final World world;
    private final RandomStreams streams;
    private final FaultListener listener;
    private final List<String> streamNames = new ArrayList<>();

    public StochasticFaults(World world, RandomStreams streams, FaultListener listener) {
        this.world = world;
        this.streams = streams;
        this.listener = listener;
    }

    public void start(List<StochasticFaultSpec> entries, Simulator simulator) {
        for (StochasticFaultSpec entry : entries) {
            for (Unit unit : units(entry)) {
                new RenewalProcess(unit, Sampler.of(entry.timeBetweenFailures()), Sampler.of(entry.timeToRepair()),
                        streams.of(uniqueName(unit.name))).start(simulator);
            }
        }
    }

    /** Two entries covering the same unit get distinct streams ({@code …#2}), in the scenario's order. */
    private String uniqueName(String name) {
        String candidate = name;
        for (int k = 2; streamNames.contains(candidate); k++) {
            candidate = name + "#" + k;
        }
        streamNames.add(candidate);
        return candidate;
    }

    private List<Unit> units(StochasticFaultSpec entry) {
        List<Unit> units = new ArrayList<>();
        String prefix = "stochastic/" + entry.type() + "/";
        if (entry.type().equals("partition")) {
            Region a = world.region(entry.regions().get(0));
            Region b = world.region(entry.regions().get(1));
            units.add(new Unit(prefix + a.name() + "/" + b.name(),
                    s -> world.links().partitionStarts(a, b, s.now()),
                    s -> world.links().partitionEnds(a, b, s.now()),
                    (start, end) -> new FaultSpec.Partition(a.name(), b.name(), start, end - start)));
            return units;
        }
        for (String regionName : entry.regions()) {
            Region region = world.region(regionName);
            switch (entry.type()) {
                case "region-outage" -> units.add(new Unit(prefix + regionName,
                        s -> region.outageStarts(s.now()), s -> region.outageEnds(s.now()),
                        (start, end) -> new FaultSpec.RegionOutage(regionName, start, end - start)));
                case "instance-failure" -> addInstances(units, prefix, region, region.layer(entry.layer()));
                case "replica-failure" -> addReplicas(units, prefix, region);
                default -> units.add(spike(prefix, region, entry));
            }
        }
        return units;
    }

    private void addInstances(List<Unit> units, String prefix, Region region, Layer layer) {
        for (int i = 0; i < layer.instances(); i++) {
            int instance = i;
            units.add(new Unit(prefix + region.name() + "/" + layer.name() + "/" + instance,
                    s -> layer.hold(instance, s), s -> layer.release(instance, s),
                    (start, end) -> new FaultSpec.InstanceFailure(region.name(), layer.name(), 1, start, end - start)));
        }
    }

    private void addReplicas(List<Unit> units, String prefix, Region region) {
        ReplicaSet replicas = region.replicas();
        for (int i = 0; i < replicas.count(); i++) {
            int replica = i;
            units.add(new Unit(prefix + region.name() + "/" + replica,
                    s -> replicas.hold(replica), s -> replicas.release(replica),
                    (start, end) -> new FaultSpec.ReplicaFailure(region.name(), 1, start, end - start)));
        }
    }

    private Unit spike(String prefix, Region region, StochasticFaultSpec entry) {
        List<Layer> layers = entry.layer() == null ? region.layers() : List.of(region.layer(entry.layer()));
        String name = prefix + region.name() + (entry.layer() == null ? "" : "/" + entry.layer());
        return new Unit(name,
                s -> layers.forEach(layer -> layer.spikeStarts(entry.factor())),
                s -> layers.forEach(layer -> layer.spikeEnds(entry.factor())),
                (start, end) -> new FaultSpec.LatencySpike(region.name(), entry.layer(), entry.factor(), start,
                        end - start));
    }

    /** A named unit: how it fails, how it is repaired, and how a failure reads in the report. */
    private final class Unit implements RenewalProcess.Unit {
        private final String name;
        private final Consumer<Simulator> fail;
        private final Consumer<Simulator> repair;
        private final Describer describer;

        Unit(String name, Consumer<Simulator> fail, Consumer<Simulator> repair,
             Describer describer) {
            this.name = name;
            this.fail = fail;
            this.repair = repair;
            this.describer = describer;
        }

        @Override
        public void fail(Simulator simulator) {
            fail.accept(simulator);
        }

        @Override
        public void repair(Simulator simulator) {
            repair.accept(simulator);
        }

        @Override
        public void reportFailure(long startNanos, long endNanos) {
            listener.faultStarted(describer.describe(startNanos, endNanos), startNanos, endNanos);
        }
    }

    @FunctionalInterface
    private interface Describer {
        FaultSpec describe(long startNanos, long endNanos);
    }
}
