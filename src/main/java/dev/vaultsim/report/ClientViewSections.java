package dev.vaultsim.report;

import dev.vaultsim.record.CacheView;
import dev.vaultsim.record.ClientViews;
import dev.vaultsim.record.VaultUse;

import java.util.List;
import java.util.Map;

/**
 * The summary's sections on what the application did about failures: the cache's view and the
 * vaults' use, per client. None for a scenario without caches or second vaults.
 */
final class ClientViewSections {

    private ClientViewSections() {
    }

    static void addTo(List<Summary.Section> sections, ClientViews views) {
        if (!views.cache().isEmpty()) {
            sections.add(new Summary.Section("Cache", cache(views), "no cached clients",
                    "The figures above are what the application saw; \"at the vault\" counts only the requests"
                            + " that reached one (a served-stale request is a failure there)."));
        }
        if (!views.vaultUse().isEmpty()) {
            sections.add(new Summary.Section("Client vaults", vaults(views), "no clients with several vaults"));
        }
    }

    private static Table cache(ClientViews views) {
        Table table = Table.withHeader("client", "requests", "hits", "misses", "served stale", "at the vault",
                "vault availability");
        for (Map.Entry<String, CacheView> entry : views.cache().entrySet()) {
            CacheView c = entry.getValue();
            table.row(entry.getKey(), Long.toString(c.requests()), Long.toString(c.hits()), Long.toString(c.misses()),
                    Long.toString(c.servedStale()), "(" + c.vaultSucceeded() + "/" + c.vaultRequests() + ")",
                    c.vaultRequests() == 0 ? Cells.NONE
                            : Numbers.percent(c.vaultSucceeded(), c.vaultRequests(), 4) + " %");
        }
        return table;
    }

    private static Table vaults(ClientViews views) {
        Table table = Table.withHeader("client", "vault", "succeeded/requests", "reads on it", "writes on it",
                "switchovers r/w", "divergent writes").alignLeft(1);
        for (Map.Entry<String, VaultUse> entry : views.vaultUse().entrySet()) {
            VaultUse use = entry.getValue();
            boolean first = true;
            for (Map.Entry<String, VaultUse.Share> vault : use.byVault().entrySet()) {
                VaultUse.Share share = vault.getValue();
                table.row(first ? entry.getKey() : "", vault.getKey(),
                        "(" + share.succeeded() + "/" + share.requests() + ")",
                        Cells.clock(share.readNanos()), Cells.clock(share.writeNanos()),
                        first ? use.switchovers().get("read") + "/" + use.switchovers().get("write") : "",
                        first ? Long.toString(use.divergentWrites()) : "");
                first = false;
            }
        }
        return table;
    }
}
