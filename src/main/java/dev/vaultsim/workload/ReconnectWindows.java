package dev.vaultsim.workload;

import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.model.Sampler;
import dev.vaultsim.model.Vault;
import dev.vaultsim.scenario.PrivateEndpointSpec;

/**
 * A client's private endpoint: from each completed failover (FAILED_OVER entered from FAILING_OVER)
 * and failback (NORMAL entered from FAILING_BACK) of one of its vaults, that vault is out of its
 * reach for a sampled reconnect delay. A window that opens inside another extends it; an aborted
 * failback (FAILING_BACK back to FAILED_OVER) opens none. The hybrid engine's world pass keeps its
 * own, from the same streams, to know when the client's attempts cannot get through.
 */
public final class ReconnectWindows {

    private final long[] until;

    public ReconnectWindows(PrivateEndpointSpec spec, String client, Vault[] vaults, RandomStreams streams) {
        until = new long[vaults.length];
        Sampler reconnect = Sampler.of(spec.reconnect());
        for (int v = 0; v < vaults.length; v++) {
            int index = v;
            // One stream per (client, vault): a second vault's windows never move the first's.
            RandomStream random = streams.of("client/" + client + "/reconnect/" + vaults[v].name());
            vaults[v].addListener((vault, from, to, now) -> {
                boolean failedOver = from == VaultState.FAILING_OVER && to == VaultState.FAILED_OVER;
                boolean failedBack = from == VaultState.FAILING_BACK && to == VaultState.NORMAL;
                if (failedOver || failedBack) {
                    until[index] = Math.max(until[index], now + reconnect.sample(random));
                }
            });
        }
    }

    public boolean reconnecting(int vault, long now) {
        return now < until[vault];
    }

    /** When the vault's current window ends (an instant in the past when there is none). */
    public long reconnectedAt(int vault) {
        return until[vault];
    }
}
