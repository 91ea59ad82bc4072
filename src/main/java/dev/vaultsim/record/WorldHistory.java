package dev.vaultsim.record;

import dev.vaultsim.catalog.VaultState;

import java.util.List;
import java.util.Map;

/**
 * What happened to the world in replication 0: each vault's time per state and its phases, its
 * failovers, and the faults that struck, vaults as the scenario lists them.
 *
 * @param faultsOmitted faults left out of {@code faults} because it holds at most
 *                      {@link #MAX_FAULT_WINDOWS} (random faults over a long horizon)
 */
public record WorldHistory(Map<String, Map<VaultState, Long>> stateNanos, List<PhaseResult> phases,
                           List<FailoverResult> failovers, List<FaultWindow> faults, long faultsOmitted) {

    /** The most fault windows a report lists; the rest are only counted. */
    public static final int MAX_FAULT_WINDOWS = 10_000;

    /** What a replication that keeps no details reports. */
    static final WorldHistory NONE = new WorldHistory(Map.of(), List.of(), List.of(), List.of(), 0);
}
