package dev.vaultsim.record;

import dev.vaultsim.model.VaultState;
import dev.vaultsim.scenario.FailureCause;
import dev.vaultsim.scenario.Operation;
import dev.vaultsim.scenario.OperationClass;

import java.util.List;
import java.util.Map;

/**
 * Everything a report says about one run of a scenario. Maps iterate in the report's order:
 * classes read then write, operations in catalog order, clients and vaults as the scenario
 * lists them, causes and states in enum order.
 *
 * @param bucketNanos the timeline bucket width actually used (coarsened for long horizons)
 * @param fingerprint a hash of the engine's event trace (not written to the report)
 */
public record RunResult(String scenario, String description, long seed, int replications, long horizonNanos,
                        long bucketNanos, Stats totals, Map<OperationClass, Stats> byClass,
                        Map<Operation, Stats> byOperation, Map<String, Stats> byClient,
                        Map<FailureCause, Long> failureCauses, Map<String, Map<VaultState, Long>> stateNanos,
                        List<FaultWindow> faults, List<PhaseResult> phases, List<FailoverResult> failovers,
                        List<BucketResult> timeline, double sloAvailability, long eventsProcessed,
                        long fingerprint) {

    public boolean sloMet() {
        Double availability = totals.availability();
        return availability != null && availability >= sloAvailability;
    }
}
