package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;

import java.util.Map;

/**
 * What the clients saw, pooled over every replication. Maps iterate in the report's order:
 * classes read then write, operations in catalog order, clients as the scenario lists them,
 * causes in enum order. {@code clients} adds the cache's and the vaults' view of the same requests.
 */
public record Traffic(Stats totals, Map<OperationClass, Stats> byClass, Map<Operation, Stats> byOperation,
                      Map<String, Stats> byClient, Map<FailureCause, Long> failureCauses, ClientViews clients) {

    /** Traffic of clients without caches or second vaults. */
    public Traffic(Stats totals, Map<OperationClass, Stats> byClass, Map<Operation, Stats> byOperation,
                   Map<String, Stats> byClient, Map<FailureCause, Long> failureCauses) {
        this(totals, byClass, byOperation, byClient, failureCauses, ClientViews.NONE);
    }
}
