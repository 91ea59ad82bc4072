package dev.vaultsim.scenario;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads lists of operation names, checked against the catalog. */
final class Operations {

    private Operations() {
    }

    /** The operations listed under {@code key}, or {@code fallback} when absent. */
    static Set<Operation> read(Fields f, String key, Set<Operation> fallback) {
        if (!f.has(key)) {
            return fallback;
        }
        EnumSet<Operation> operations = EnumSet.noneOf(Operation.class);
        List<YamlNode> items = f.list(key);
        for (YamlNode item : items) {
            String name = f.text(item, key, "an operation name");
            byName(name, item, key + " in " + f.what(), f.problems()).ifPresent(operations::add);
        }
        return operations;
    }

    static java.util.Optional<Operation> byName(String name, YamlNode node, String what, Problems problems) {
        java.util.Optional<Operation> operation = Operation.byName(name);
        if (operation.isEmpty() && node instanceof YamlNode.YamlScalar) {
            problems.add(node.mark(), "unknown operation '" + name + "' in " + what
                    + "; expected an operation of the catalog (vaultsim operations lists them), e.g. GetSecret, Sign");
        }
        return operation;
    }
}
