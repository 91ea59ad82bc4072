package dev.vaultsim.scenario;

import dev.vaultsim.catalog.FailureCause;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A client: where it stands, which vaults it calls, how often and with what, and what the
 * application does about failures (client-resilience.md).
 *
 * @param region          where the client is placed (defaults to its first vault's region)
 * @param vault           the preferred vault: the first of {@code vaults}
 * @param mix             the operation mix in the order written
 * @param retryOn         the causes that are retried (default: all but READ_ONLY)
 * @param vaults          the vaults in order of preference (one for most clients)
 * @param objects         distinct objects the client reads, drawn uniformly (1 by default)
 * @param cache           the client's cache, or null
 * @param switchover      how it moves between vaults, or null with one vault
 * @param writes          where writes go with several vaults
 * @param privateEndpoint its private endpoint, or null
 */
public record ClientSpec(String name, String region, String vault, Rate rate, Arrivals arrivals,
                         List<MixEntry> mix, long timeoutNanos, RetrySpec retry, Set<FailureCause> retryOn,
                         List<String> vaults, int objects, CacheSpec cache, SwitchoverSpec switchover,
                         WriteMode writes, PrivateEndpointSpec privateEndpoint) {

    public ClientSpec {
        mix = List.copyOf(mix);
        EnumSet<FailureCause> copy = EnumSet.noneOf(FailureCause.class);
        copy.addAll(retryOn);
        retryOn = Collections.unmodifiableSet(copy);
        vaults = List.copyOf(vaults);
    }

    /** A client of one vault with none of the application's resilience: what every scenario had before. */
    public ClientSpec(String name, String region, String vault, Rate rate, Arrivals arrivals, List<MixEntry> mix,
                      long timeoutNanos, RetrySpec retry, Set<FailureCause> retryOn) {
        this(name, region, vault, rate, arrivals, mix, timeoutNanos, retry, retryOn, List.of(vault), 1, null, null,
                WriteMode.CURRENT, null);
    }

    /**
     * Every cause but READ_ONLY (a rejected write stays rejected until failback) and
     * PRIVATE_ENDPOINT_RECONNECTING, which only a client on a private endpoint meets: its reader adds it
     * there, so the resolved retryOn of every other client stays as it was.
     */
    public static Set<FailureCause> defaultRetryOn() {
        EnumSet<FailureCause> causes = EnumSet.allOf(FailureCause.class);
        causes.remove(FailureCause.READ_ONLY);
        causes.remove(FailureCause.PRIVATE_ENDPOINT_RECONNECTING);
        return causes;
    }

    /**
     * Whether the client couples its requests to each other (a cache, or a choice between vaults
     * that depends on earlier replies): an engine that draws traffic in bulk must simulate such a
     * client request by request wherever the coupling can act (hybrid-engine.md, "Couplings").
     */
    public boolean hasCouplings() {
        return cache != null || vaults.size() > 1;
    }
}
