package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;

import java.util.Map;

/**
 * What the clients saw, pooled over every replication. Maps iterate in the report's order:
 * classes read then write, operations in catalog order, clients as the scenario lists them,
 * causes in enum order.
 */
public record Traffic(Stats totals, Map<OperationClass, Stats> byClass, Map<Operation, Stats> byOperation,
                      Map<String, Stats> byClient, Map<FailureCause, Long> failureCauses) {
}
