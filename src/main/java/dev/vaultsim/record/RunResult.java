package dev.vaultsim.record;

import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;

import java.util.List;
import java.util.Map;

/**
 * Everything a report says about one run of a scenario. Maps iterate in the report's order:
 * classes read then write, operations in catalog order, clients and vaults as the scenario
 * lists them, causes and states in enum order.
 *
 * @param bucketNanos the timeline bucket width actually used (coarsened for long horizons)
 * @param fingerprint a hash of the engine's event trace (not written to the report)
 * @param confidence  the replications' statistics, or null for a single replication
 * @param analytic    the textbook availability, or null where the model has none
 * @param faultsOmitted faults left out of {@code faults} because it holds at most
 *                      {@link #MAX_FAULT_WINDOWS} (random faults over a long horizon)
 */
public record RunResult(String scenario, String description, long seed, int replications, long horizonNanos,
                        long bucketNanos, Stats totals, Map<OperationClass, Stats> byClass,
                        Map<Operation, Stats> byOperation, Map<String, Stats> byClient,
                        Map<FailureCause, Long> failureCauses, Map<String, Map<VaultState, Long>> stateNanos,
                        List<FaultWindow> faults, List<PhaseResult> phases, List<FailoverResult> failovers,
                        List<BucketResult> timeline, double sloAvailability, long eventsProcessed,
                        long fingerprint, Confidence confidence, Analytic analytic, long faultsOmitted) {

    /** The most fault windows a report lists; the rest are only counted. */
    public static final int MAX_FAULT_WINDOWS = 10_000;

    /** A result whose fault list is complete. */
    public RunResult(String scenario, String description, long seed, int replications, long horizonNanos,
                     long bucketNanos, Stats totals, Map<OperationClass, Stats> byClass,
                     Map<Operation, Stats> byOperation, Map<String, Stats> byClient,
                     Map<FailureCause, Long> failureCauses, Map<String, Map<VaultState, Long>> stateNanos,
                     List<FaultWindow> faults, List<PhaseResult> phases, List<FailoverResult> failovers,
                     List<BucketResult> timeline, double sloAvailability, long eventsProcessed, long fingerprint,
                     Confidence confidence, Analytic analytic) {
        this(scenario, description, seed, replications, horizonNanos, bucketNanos, totals, byClass, byOperation,
                byClient, failureCauses, stateNanos, faults, phases, failovers, timeline, sloAvailability,
                eventsProcessed, fingerprint, confidence, analytic, 0);
    }

    /** A single replication's result, without analytic figures. */
    public RunResult(String scenario, String description, long seed, int replications, long horizonNanos,
                     long bucketNanos, Stats totals, Map<OperationClass, Stats> byClass,
                     Map<Operation, Stats> byOperation, Map<String, Stats> byClient,
                     Map<FailureCause, Long> failureCauses, Map<String, Map<VaultState, Long>> stateNanos,
                     List<FaultWindow> faults, List<PhaseResult> phases, List<FailoverResult> failovers,
                     List<BucketResult> timeline, double sloAvailability, long eventsProcessed, long fingerprint) {
        this(scenario, description, seed, replications, horizonNanos, bucketNanos, totals, byClass, byOperation,
                byClient, failureCauses, stateNanos, faults, phases, failovers, timeline, sloAvailability,
                eventsProcessed, fingerprint, null, null);
    }

    /** The same result with an analytic block. */
    public RunResult withAnalytic(Analytic newAnalytic) {
        return new RunResult(scenario, description, seed, replications, horizonNanos, bucketNanos, totals, byClass,
                byOperation, byClient, failureCauses, stateNanos, faults, phases, failovers, timeline,
                sloAvailability, eventsProcessed, fingerprint, confidence, newAnalytic, faultsOmitted);
    }

    public boolean sloMet() {
        Double availability = totals.availability();
        return availability != null && availability >= sloAvailability;
    }
}
