package dev.vaultsim.record;

import dev.vaultsim.scenario.FaultSpec;

/** A fault that was active from {@code startNanos} to {@code endNanos} (clipped to the horizon). */
public record FaultWindow(FaultSpec fault, long startNanos, long endNanos) {
}
