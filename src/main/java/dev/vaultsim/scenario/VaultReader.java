package dev.vaultsim.scenario;

import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.ReadOnlyAllowed;
import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode.YamlList;
import dev.vaultsim.scenario.yaml.YamlNode.YamlMap;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.EnumSet;
import java.util.Map;

/** Reads vaults: placement, key protection, throttling limits and the read-only list. */
final class VaultReader {

    private VaultReader() {
    }

    /**
     * @param defaultReadOnly the top-level list when the scenario wrote one, else null (then the
     *                        revision's list, or 2018's)
     */
    static VaultSpec read(YamlNode node, String what, Map<String, RegionSpec> regions,
                          ReadOnlyAllowed defaultReadOnly, Problems problems, RevisionReading revision) {
        Fields f = Fields.of(node, node.mark(), what, problems,
                "name", "region", "keyProtection", "limits", "readOnlyAllowed");
        String name = f.requiredString("name");
        String region = f.requiredString("region");
        if (f.has("region") && !region.isEmpty() && !regions.containsKey(region)) {
            problems.add(f.markOf("region"), "unknown region '" + region + "' for vault '" + name
                    + "'; expected one of: " + String.join(", ", regions.keySet()));
        }
        KeyProtection protection = KeyProtection.values()[f.choice("keyProtection", 0, "software", "hsm")];
        LimitsSpec limits = limits(f, protection);
        ReadOnlyAllowed implied = revision.revision().readOnly();
        boolean revisionImplies = defaultReadOnly == null && !implied.equals(ReadOnlyAllowed.V2018);
        ReadOnlyAllowed readOnly = revision.under(what + ".").resolve(f, "readOnlyAllowed", "readOnlyAllowed",
                revisionImplies ? implied : null, defaultReadOnly == null ? ReadOnlyAllowed.V2018 : defaultReadOnly,
                ReadOnlyAllowed::label,
                () -> readOnlyAllowed(f.node("readOnlyAllowed"), "readOnlyAllowed of vault '" + name + "'", problems));
        return new VaultSpec(name, region, protection, limits, readOnly);
    }

    /** Off (null) unless given: {@code azure}, {@code off}, or a map of the four groups. */
    private static LimitsSpec limits(Fields vault, KeyProtection protection) {
        YamlNode node = vault.node("limits");
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlMap)) {
            int choice = vault.choice("limits", 1, "azure", "off");
            return choice == 0 ? LimitsSpec.azure(protection) : null;
        }
        Fields f = Fields.of(node, node.mark(), "limits of " + vault.what(), vault.problems(),
                "secretCreates", "secretOperations", "keyCreates", "keyOperations");
        return new LimitsSpec("custom", f.rate("secretCreates", null), f.rate("secretOperations", null),
                f.rate("keyCreates", null), f.rate("keyOperations", null));
    }

    /** {@code 2018}, {@code 2020}, {@code 2023}, or a list of operation names ("custom"). */
    static ReadOnlyAllowed readOnlyAllowed(YamlNode node, String what, Problems problems) {
        if (node instanceof YamlList list) {
            EnumSet<Operation> operations = EnumSet.noneOf(Operation.class);
            for (YamlNode item : list.items()) {
                String name = Values.scalar(item, "an item of " + what, "an operation name", problems);
                if (name != null) {
                    Operations.byName(name, item, what, problems).ifPresent(operations::add);
                }
            }
            return new ReadOnlyAllowed("custom", operations);
        }
        String text = Values.scalar(node, what, "2018, 2020, 2023 or a list of operation names", problems);
        if (text == null) {
            return ReadOnlyAllowed.V2018;
        }
        ReadOnlyAllowed named = ReadOnlyAllowed.named(text.strip());
        if (named == null) {
            problems.add(node.mark(), "unknown " + what + " '" + text
                    + "'; expected 2018, 2020, 2023 or a list of operation names");
            return ReadOnlyAllowed.V2018;
        }
        return named;
    }
}
