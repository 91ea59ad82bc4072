package dev.vaultsim.scenario;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode.Entry;
import dev.vaultsim.scenario.yaml.YamlNode.YamlMap;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads clients: placement, target vaults, rate, mix, timeout, retries, and (through ResilienceReader) caches and switchover. */
final class ClientReader {

    static final long DEFAULT_TIMEOUT_NANOS = 10_000_000_000L;
    private static final Rate PLACEHOLDER_RATE = new Rate(1, 1_000_000_000L);

    private ClientReader() {
    }

    static ClientSpec read(YamlNode node, String what, Map<String, RegionSpec> regions,
                           Map<String, VaultSpec> vaults, Problems problems) {
        Fields f = Fields.of(node, node.mark(), what, problems, "name", "region", "vault", "rate", "arrivals", "mix",
                "timeout", "retry", "retryOn", "vaults", "objects", "cache", "switchover", "writes", "privateEndpoint");
        String name = f.requiredString("name");
        List<String> clientVaults = ResilienceReader.vaults(f, name, vaults);
        String vault = clientVaults.get(0);
        String region = vaults.containsKey(vault) ? vaults.get(vault).region() : "";
        region = f.string("region", region);
        if (f.readable("region") && !regions.containsKey(region)) {
            problems.add(f.markOf("region"), "unknown region '" + region + "' for client '" + name
                    + "'; expected one of: " + String.join(", ", regions.keySet()));
        }
        Rate rate = f.required("rate") == null ? PLACEHOLDER_RATE : f.rate("rate", PLACEHOLDER_RATE);
        Arrivals arrivals = Arrivals.values()[f.choice("arrivals", 0, "poisson", "constant")];
        List<MixEntry> mix = mix(f);
        long timeout = f.duration("timeout", DEFAULT_TIMEOUT_NANOS, true);
        RetrySpec retry = retry(f);
        PrivateEndpointSpec privateEndpoint = ResilienceReader.privateEndpoint(f);
        Set<FailureCause> retryOn = retryOn(f, privateEndpoint != null);
        return new ClientSpec(name, region, vault, rate, arrivals, mix, timeout, retry, retryOn, clientVaults,
                ResilienceReader.objects(f), ResilienceReader.cache(f),
                ResilienceReader.switchover(f, clientVaults.size()), ResilienceReader.writes(f), privateEndpoint);
    }

    private static List<MixEntry> mix(Fields client) {
        YamlNode node = client.required("mix");
        List<MixEntry> mix = new ArrayList<>();
        if (node == null) {
            return mix;
        }
        if (!(node instanceof YamlMap map) || map.entries().isEmpty()) {
            String kind = node instanceof YamlMap ? "an empty map" : node.kind();
            client.problems().add(node.mark(), "mix of " + client.what() + " is " + kind
                    + "; expected a map of operation names to positive weights, e.g. { GetSecret: 70, SetSecret: 30 }");
            return mix;
        }
        for (Entry entry : map.entries()) {
            YamlNode keyNode = new YamlNode.YamlScalar(entry.key(), false, entry.keyMark());
            double weight = Values.number(entry.value(), "weight of " + entry.key() + " in the mix of "
                    + client.what(), 0, Double.MAX_VALUE, true, 1, client.problems());
            Operations.byName(entry.key(), keyNode, "the mix of " + client.what(), client.problems())
                    .ifPresent(operation -> mix.add(new MixEntry(operation, weight)));
        }
        return mix;
    }

    private static RetrySpec retry(Fields client) {
        RetrySpec d = RetrySpec.AZURE_SDK_DEFAULT;
        Fields f = Fields.of(client.node("retry"), client.mark(), "retry of " + client.what(), client.problems(),
                "maxRetries", "backoff", "baseDelay", "maxDelay", "jitter");
        int maxRetries = f.integer("maxRetries", d.maxRetries(), 0);
        RetrySpec.Backoff backoff = RetrySpec.Backoff.values()[f.choice("backoff", 0, "exponential", "fixed")];
        long base = f.duration("baseDelay", d.baseDelayNanos(), false);
        long max = f.duration("maxDelay", Math.max(base, d.maxDelayNanos()), false);
        if (max < base) {
            f.problems().add(f.markOf("maxDelay"), "maxDelay " + Durations.format(max) + " of " + f.what()
                    + " is below baseDelay " + Durations.format(base) + "; expected maxDelay ≥ baseDelay");
        }
        YamlNode jitterNode = f.node("jitter");
        boolean full = jitterNode instanceof YamlNode.YamlScalar s && s.text().strip().equals("full");
        double jitter = full ? 0 : f.number("jitter", d.jitter(), 0, 1, false);
        return new RetrySpec(maxRetries, backoff, base, max, jitter, full);
    }

    /** The default retries every cause the client can meet but READ_ONLY. */
    private static Set<FailureCause> retryOn(Fields f, boolean privateEndpoint) {
        if (f.has("retryOn")) {
            return ResilienceReader.causes(f, "retryOn");
        }
        Set<FailureCause> causes = EnumSet.copyOf(ClientSpec.defaultRetryOn());
        if (privateEndpoint) {
            causes.add(FailureCause.PRIVATE_ENDPOINT_RECONNECTING);
        }
        return causes;
    }
}
