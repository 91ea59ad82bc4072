package dev.vaultsim.faults;

import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Sampler;
import dev.vaultsim.model.World;
import dev.vaultsim.model.WorldTargets;
import dev.vaultsim.scenario.FaultTargets;
import dev.vaultsim.scenario.FaultUnit;
import dev.vaultsim.scenario.StochasticFaultSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the {@code stochastic:} entries into one renewal process per unit their kind says they
 * cover, each with a random stream named after the unit (e.g.
 * {@code stochastic/instance-failure/westeurope/hsm/1}), so adding a unit or an entry never
 * changes what another unit draws.
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
        FaultTargets targets = new WorldTargets(world, simulator);
        for (StochasticFaultSpec entry : entries) {
            for (FaultUnit unit : entry.kind().units(entry, targets)) {
                new RenewalProcess(new Unit(unit, targets), Sampler.of(entry.timeBetweenFailures()),
                        Sampler.of(entry.timeToRepair()), streams.of(uniqueName(unit.name()))).start(simulator);
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

    /** A unit under its renewal process: a failure holds the repair its effect returned until the repair comes. */
    private final class Unit implements RenewalProcess.Unit {
        private final FaultUnit unit;
        private final FaultTargets targets;
        private Runnable repair;

        Unit(FaultUnit unit, FaultTargets targets) {
            this.unit = unit;
            this.targets = targets;
        }

        @Override
        public void fail() {
            repair = unit.effect().start(targets);
        }

        @Override
        public void repair() {
            repair.run();
            repair = null;
        }

        @Override
        public void reportFailure(long startNanos, long endNanos) {
            listener.faultStarted(unit.report().failure(startNanos, endNanos), startNanos, endNanos);
        }
    }
}
