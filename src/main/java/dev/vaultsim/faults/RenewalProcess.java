package dev.vaultsim.faults;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.Sampler;

/**
 * One unit under a random fault: up for a draw of the time between failures, down for a draw of
 * the time to repair, and again, from the unit's own random stream. As an event it is the unit's
 * next failure or repair.
 */
final class RenewalProcess implements Event {

    /** What failing and repairing does to the unit, and how the failure reads in a report. */
    interface Unit {
        void fail();

        void repair();

        void reportFailure(long startNanos, long endNanos);
    }

    private final Unit unit;
    private final Sampler timeBetweenFailures;
    private final Sampler timeToRepair;
    private final RandomStream random;
    private boolean failed;

    RenewalProcess(Unit unit, Sampler timeBetweenFailures, Sampler timeToRepair, RandomStream random) {
        this.unit = unit;
        this.timeBetweenFailures = timeBetweenFailures;
        this.timeToRepair = timeToRepair;
        this.random = random;
    }

    void start(Simulator simulator) {
        simulator.scheduleAfter(timeBetweenFailures.sample(random), Precedence.INFRASTRUCTURE, this);
    }

    @Override
    public void fire(Simulator simulator) {
        long now = simulator.now();
        if (failed) {
            failed = false;
            unit.repair();
            simulator.scheduleAfter(timeBetweenFailures.sample(random), Precedence.INFRASTRUCTURE, this);
        } else {
            failed = true;
            // A zero repair time still makes a failure: it ends after everything else at this instant.
            long end = Times.saturatingAdd(now, timeToRepair.sample(random));
            unit.reportFailure(now, end);
            unit.fail();
            simulator.schedule(end, Precedence.INFRASTRUCTURE, this);
        }
    }
}
