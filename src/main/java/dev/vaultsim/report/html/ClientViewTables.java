package dev.vaultsim.report.html;

import dev.vaultsim.record.CacheView;
import dev.vaultsim.record.ClientViews;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.VaultUse;
import dev.vaultsim.report.Numbers;

import java.util.Map;

/**
 * The page's sections on what the application did about failures: the cache's view beside the
 * application's, and each client's use of its vaults. Written only when some client has a cache or
 * several vaults.
 */
final class ClientViewTables {

    private ClientViewTables() {
    }

    static void write(Markup html, RunResult result) {
        ClientViews views = result.traffic().clients();
        if (!views.cache().isEmpty()) {
            HtmlPage.openSection(html, "cache", "Cache: the application's view and the vault's");
            cache(views).write(html);
            HtmlPage.note(html, "Every figure above is what the application saw: a hit is a success with no"
                    + " attempt and no latency, a request served stale a success after its attempts failed."
                    + " The last two columns count only the requests that reached a vault.");
            HtmlPage.closeSection(html);
        }
        if (!views.vaultUse().isEmpty()) {
            HtmlPage.openSection(html, "client-vaults", "Failover in the application: each client's vaults");
            vaults(views).write(html);
            HtmlPage.note(html, "Requests are counted on the vault that answered their last attempt. Time on a"
                    + " vault is how long it was where the client sent that class's requests. A divergent write was"
                    + " accepted by one vault and not the others: someone must reconcile them.");
            HtmlPage.closeSection(html);
        }
    }

    private static HtmlTable cache(ClientViews views) {
        HtmlTable table = new HtmlTable("client", "requests", "hits", "hit ratio", "misses", "served stale",
                "at the vault", "vault availability");
        for (Map.Entry<String, CacheView> entry : views.cache().entrySet()) {
            CacheView c = entry.getValue();
            table.row(entry.getKey(), Format.count(c.requests()), Format.count(c.hits()),
                    c.requests() == 0 ? Format.NONE : Numbers.percent(c.hits(), c.requests(), 2) + " %",
                    Format.count(c.misses()), Format.count(c.servedStale()),
                    Format.count(c.vaultSucceeded()) + " / " + Format.count(c.vaultRequests()),
                    c.vaultRequests() == 0 ? Format.NONE
                            : Numbers.percent(c.vaultSucceeded(), c.vaultRequests(), 4) + " %");
        }
        return table;
    }

    private static HtmlTable vaults(ClientViews views) {
        HtmlTable table = new HtmlTable("client", "vault", "succeeded / requests", "reads on it", "writes on it",
                "switchovers (reads / writes)", "divergent writes").textColumns(1);
        for (Map.Entry<String, VaultUse> entry : views.vaultUse().entrySet()) {
            VaultUse use = entry.getValue();
            boolean first = true;
            for (Map.Entry<String, VaultUse.Share> vault : use.byVault().entrySet()) {
                VaultUse.Share share = vault.getValue();
                table.row(first ? entry.getKey() : "", vault.getKey(),
                        Format.count(share.succeeded()) + " / " + Format.count(share.requests()),
                        Format.clock(share.readNanos()), Format.clock(share.writeNanos()),
                        first ? use.switchovers().get("read") + " / " + use.switchovers().get("write") : "",
                        first ? Format.count(use.divergentWrites()) : "");
                first = false;
            }
        }
        return table;
    }
}
