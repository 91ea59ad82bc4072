package dev.vaultsim.record;

import dev.vaultsim.scenario.FaultSpec;

/** A fault that was active from {@code startNanos} to {@code endNanos} (the end may lie past the horizon). */
public record FaultWindow(FaultSpec fault, long startNanos, long endNanos) {
}
