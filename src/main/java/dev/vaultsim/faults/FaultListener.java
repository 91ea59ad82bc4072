package dev.vaultsim.faults;

import dev.vaultsim.scenario.FaultSpec;

/** Told when a fault starts, with the instant it will end. */
public interface FaultListener {
    void faultStarted(FaultSpec fault, long startNanos, long endNanos);
}
