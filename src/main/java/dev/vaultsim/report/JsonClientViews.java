package dev.vaultsim.report;

import dev.vaultsim.record.CacheView;
import dev.vaultsim.record.ClientViews;
import dev.vaultsim.record.VaultUse;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.Map;

/**
 * The report's view of what the application did about failures: {@code cache} (per cached client:
 * hits, misses, served stale, and the vault's view of the requests that reached it) and
 * {@code clientVaults} (per client with several vaults: requests, successes and time on each
 * vault, switchovers, divergent writes). Each key appears only when some client has the feature,
 * so reports of other scenarios keep their bytes.
 */
final class JsonClientViews {

    private JsonClientViews() {
    }

    static void write(JsonGenerator json, ClientViews views) throws IOException {
        if (!views.cache().isEmpty()) {
            json.writeObjectFieldStart("cache");
            for (Map.Entry<String, CacheView> entry : views.cache().entrySet()) {
                json.writeObjectFieldStart(entry.getKey());
                cache(json, entry.getValue());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        if (!views.vaultUse().isEmpty()) {
            json.writeObjectFieldStart("clientVaults");
            for (Map.Entry<String, VaultUse> entry : views.vaultUse().entrySet()) {
                json.writeObjectFieldStart(entry.getKey());
                vaultUse(json, entry.getValue());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
    }

    private static void cache(JsonGenerator json, CacheView c) throws IOException {
        JsonSections.number(json, "requests", Numbers.integer(c.requests()));
        JsonSections.number(json, "hits", Numbers.integer(c.hits()));
        JsonSections.number(json, "misses", Numbers.integer(c.misses()));
        JsonSections.number(json, "servedStale", Numbers.integer(c.servedStale()));
        ratioOrNull(json, "hitRatio", c.hits(), c.requests());
        json.writeObjectFieldStart("vault");
        JsonSections.number(json, "requests", Numbers.integer(c.vaultRequests()));
        JsonSections.number(json, "succeeded", Numbers.integer(c.vaultSucceeded()));
        JsonSections.number(json, "failed", Numbers.integer(c.vaultRequests() - c.vaultSucceeded()));
        ratioOrNull(json, "availability", c.vaultSucceeded(), c.vaultRequests());
        json.writeEndObject();
    }

    private static void vaultUse(JsonGenerator json, VaultUse use) throws IOException {
        json.writeObjectFieldStart("byVault");
        for (Map.Entry<String, VaultUse.Share> entry : use.byVault().entrySet()) {
            VaultUse.Share share = entry.getValue();
            json.writeObjectFieldStart(entry.getKey());
            JsonSections.number(json, "requests", Numbers.integer(share.requests()));
            JsonSections.number(json, "succeeded", Numbers.integer(share.succeeded()));
            JsonSections.number(json, "readSeconds", Numbers.seconds(share.readNanos()));
            JsonSections.number(json, "writeSeconds", Numbers.seconds(share.writeNanos()));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("switchovers");
        for (Map.Entry<String, Long> entry : use.switchovers().entrySet()) {
            JsonSections.number(json, entry.getKey(), Numbers.integer(entry.getValue()));
        }
        json.writeEndObject();
        JsonSections.number(json, "divergentWrites", Numbers.integer(use.divergentWrites()));
    }

    private static void ratioOrNull(JsonGenerator json, String field, long numerator, long denominator)
            throws IOException {
        if (denominator == 0) {
            json.writeNullField(field);
        } else {
            JsonSections.number(json, field, Numbers.ratio(numerator, denominator));
        }
    }
}
