package dev.vaultsim.report.html;

import dev.vaultsim.record.CacheView;
import dev.vaultsim.record.ClientViews;
import dev.vaultsim.record.VaultUse;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads report.json's {@code cache} and {@code clientVaults} blocks back, in their written order. */
final class ClientViewsJson {

    private ClientViewsJson() {
    }

    static ClientViews read(JsonNode root) {
        if (root.path("cache").isMissingNode() && root.path("clientVaults").isMissingNode()) {
            return ClientViews.NONE;
        }
        Map<String, CacheView> cache = new LinkedHashMap<>();
        root.path("cache").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            cache.put(e.getKey(), new CacheView(c.path("requests").asLong(), c.path("hits").asLong(),
                    c.path("misses").asLong(), c.path("servedStale").asLong(),
                    c.path("vault").path("requests").asLong(), c.path("vault").path("succeeded").asLong()));
        });
        Map<String, VaultUse> uses = new LinkedHashMap<>();
        root.path("clientVaults").fields().forEachRemaining(e -> uses.put(e.getKey(), vaultUse(e.getValue())));
        return new ClientViews(cache, uses);
    }

    private static VaultUse vaultUse(JsonNode node) {
        Map<String, VaultUse.Share> byVault = new LinkedHashMap<>();
        node.path("byVault").fields().forEachRemaining(v -> byVault.put(v.getKey(), new VaultUse.Share(
                v.getValue().path("requests").asLong(), v.getValue().path("succeeded").asLong(),
                JsonFields.nanos(v.getValue().path("readSeconds")), JsonFields.nanos(v.getValue().path("writeSeconds")))));
        Map<String, Long> switchovers = new LinkedHashMap<>();
        node.path("switchovers").fields().forEachRemaining(s -> switchovers.put(s.getKey(), s.getValue().asLong()));
        return new VaultUse(byVault, switchovers, node.path("divergentWrites").asLong());
    }
}
