package dev.vaultsim.scenario;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.scenario.yaml.YamlNode.YamlList;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a client does about failures (client-resilience.md): its vaults in order of
 * preference, objects, cache, switchover, writes and private endpoint, with the design's checks.
 */
final class ResilienceReader {

    /** The public guidance: a private endpoint may take up to 20 minutes to reconnect. */
    static final Distribution DEFAULT_RECONNECT = new Distribution.Uniform(60_000_000_000L, 1_200_000_000_000L);

    private ResilienceReader() {
    }

    /**
     * The client's vaults: {@code vault: kv}, {@code vault: [a, b]} or {@code vaults: [a, b]};
     * exactly one of the keys, each name known and listed once. Never empty (a placeholder after a report).
     */
    static List<String> vaults(Fields f, String name, Map<String, VaultSpec> known) {
        if (f.has("vault") && f.has("vaults")) {
            f.problems().add(f.markOf("vaults"), "client '" + name + "' has both vault and vaults; expected one of them");
            return List.of("");
        }
        String key = f.has("vaults") ? "vaults" : "vault";
        YamlNode node = f.node(key);
        if (node == null) {
            f.problems().add(f.mark(), "missing key 'vault' in " + f.what()
                    + "; expected vault: … or vaults: [ … ] (in order of preference)");
            return List.of("");
        }
        List<YamlNode> items = node instanceof YamlList ? f.list(key) : List.of(node);
        if (items.isEmpty()) {
            f.problems().add(node.mark(), key + " of client '" + name + "' is empty; expected at least one vault");
            return List.of("");
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : items) {
            String vault = f.text(item, key, "a vault name");
            // A vault whose own name could not be read ("") may be the one meant: no second message then.
            if (!known.containsKey(vault) && item instanceof YamlNode.YamlScalar && !known.containsKey("")) {
                f.problems().add(item.mark(), "unknown vault '" + vault + "' for client '" + name
                        + "'; expected one of: " + String.join(", ", known.keySet()));
            } else if (names.contains(vault)) {
                f.problems().add(item.mark(), "vault '" + vault + "' appears twice in " + key + " of client '"
                        + name + "'; expected each vault once");
            }
            names.add(vault);
        }
        return names;
    }

    static int objects(Fields f) {
        return f.integer("objects", 1, 1);
    }

    /** The cache, or null when the client has none. */
    static CacheSpec cache(Fields client) {
        if (!client.has("cache")) {
            return null;
        }
        Fields f = Fields.of(client.node("cache"), client.mark(), "cache of " + client.what(), client.problems(),
                "operations", "ttl", "staleIfError", "coalesce");
        Set<Operation> operations = CacheSpec.defaultOperations();
        if (f.has("operations")) {
            operations = EnumSet.noneOf(Operation.class);
            for (YamlNode item : f.list("operations")) {
                String opName = f.text(item, "operations", "an operation name");
                Operation operation = Operations.byName(opName, item, "operations of " + f.what(), f.problems())
                        .orElse(null);
                if (operation != null && operation.isWrite()) {
                    f.problems().add(item.mark(), "operation " + opName + " in " + f.what()
                            + " is a write; expected reads of the catalog, e.g. GetSecret, GetKey, GetCertificate");
                } else if (operation != null) {
                    operations.add(operation);
                }
            }
        }
        long ttl = f.requiredDuration("ttl", true);
        long staleIfError = f.duration("staleIfError", 0, false);
        boolean coalesce = f.choice("coalesce", 0, "false", "true") == 1;
        return new CacheSpec(operations, ttl, staleIfError, coalesce);
    }

    /** How the client moves between vaults, or null (after a report if one was written) with one vault. */
    static SwitchoverSpec switchover(Fields client, int vaultCount) {
        if (vaultCount < 2) {
            for (String key : List.of("switchover", "writes")) {
                if (client.has(key)) {
                    client.problems().add(client.markOf(key), key + " of " + client.what()
                            + " needs several vaults; expected vaults: [ … ] with two or more, or no " + key);
                }
            }
            return null;
        }
        Fields f = Fields.of(client.node("switchover"), client.mark(), "switchover of " + client.what(),
                client.problems(), "policy", "failureThreshold", "openFor", "on");
        SwitchoverSpec.Policy policy = SwitchoverSpec.Policy.values()[f.choice("policy", 1, "on-error",
                "circuit-breaker")];
        int threshold = f.integer("failureThreshold", SwitchoverSpec.DEFAULT_FAILURE_THRESHOLD, 1);
        long openFor = f.duration("openFor", SwitchoverSpec.DEFAULT_OPEN_FOR_NANOS, true);
        Set<FailureCause> on = f.has("on") ? causes(f, "on") : SwitchoverSpec.defaultOn();
        return new SwitchoverSpec(policy, threshold, openFor, on);
    }

    static WriteMode writes(Fields client) {
        return WriteMode.values()[client.choice("writes", 0, "current", "all")];
    }

    /** The private endpoint, or null. */
    static PrivateEndpointSpec privateEndpoint(Fields client) {
        if (!client.has("privateEndpoint")) {
            return null;
        }
        Fields f = Fields.of(client.node("privateEndpoint"), client.mark(), "privateEndpoint of " + client.what(),
                client.problems(), "reconnect");
        return new PrivateEndpointSpec(f.distribution("reconnect", DEFAULT_RECONNECT));
    }

    /** A list of failure causes by name, each checked against the catalog. */
    static Set<FailureCause> causes(Fields f, String key) {
        EnumSet<FailureCause> causes = EnumSet.noneOf(FailureCause.class);
        for (YamlNode item : f.list(key)) {
            String name = f.text(item, key, "a failure cause");
            boolean found = false;
            for (FailureCause cause : FailureCause.values()) {
                if (cause.name().equals(name)) {
                    causes.add(cause);
                    found = true;
                }
            }
            if (!found && item instanceof YamlNode.YamlScalar) {
                f.problems().add(item.mark(), "unknown failure cause '" + name + "' in " + key + " of " + f.what()
                        + "; expected one of: " + causeNames());
            }
        }
        return causes;
    }

    private static String causeNames() {
        List<String> names = new ArrayList<>();
        for (FailureCause cause : FailureCause.values()) {
            names.add(cause.name());
        }
        return String.join(", ", names);
    }
}
