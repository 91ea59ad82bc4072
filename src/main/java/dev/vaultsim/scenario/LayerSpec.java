package dev.vaultsim.scenario;

import dev.vaultsim.catalog.Operation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One layer of the service inside a region.
 *
 * @param operations the operations that pass this layer; empty means all of them
 */
public record LayerSpec(String name, int instances, Distribution latency, Set<Operation> operations) {

    public LayerSpec {
        EnumSet<Operation> copy = EnumSet.noneOf(Operation.class);
        copy.addAll(operations);
        operations = Collections.unmodifiableSet(copy);
    }

    public boolean appliesTo(Operation operation) {
        return operations.isEmpty() || operations.contains(operation);
    }
}
