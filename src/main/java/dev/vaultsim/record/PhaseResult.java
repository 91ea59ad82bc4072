package dev.vaultsim.record;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;

import java.util.Map;

/**
 * One stretch of time in which a vault stayed in one state, with the requests whose first
 * attempt started in it.
 *
 * @param servingRegion the region answering, or null where none serves
 */
public record PhaseResult(String vault, VaultState state, String servingRegion, long startNanos, long endNanos,
                          Map<OperationClass, Stats> byClass) {
}
