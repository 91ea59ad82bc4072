package dev.vaultsim.faults;

import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.World;
import dev.vaultsim.model.WorldTargets;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.FaultTargets;

import java.util.List;

/**
 * Puts scheduled faults into the world: each starts and ends as an infrastructure event, so at
 * the same instant the world changes before anybody decides anything. What a fault does is its
 * kind's business.
 */
public final class FaultInjector {

    private final FaultTargets targets;
    private final Simulator simulator;
    private final FaultListener listener;

    public FaultInjector(World world, Simulator simulator, FaultListener listener) {
        this.targets = new WorldTargets(world, simulator);
        this.simulator = simulator;
        this.listener = listener;
    }

    public void schedule(List<FaultSpec> faults) {
        for (FaultSpec fault : faults) {
            long start = fault.atNanos();
            long end = Times.saturatingAdd(start, fault.durationNanos());
            simulator.schedule(start, Precedence.INFRASTRUCTURE, sim -> {
                listener.faultStarted(fault, start, end);
                Runnable release = fault.apply(targets);
                sim.schedule(end, Precedence.INFRASTRUCTURE, s -> release.run());
            });
        }
    }
}
