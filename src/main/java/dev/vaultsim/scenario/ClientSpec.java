package dev.vaultsim.scenario;

import dev.vaultsim.catalog.FailureCause;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A client: where it stands, which vault it calls, how often and with what.
 *
 * @param region  where the client is placed (defaults to its vault's region)
 * @param mix     the operation mix in the order written
 * @param retryOn the causes that are retried (default: all but READ_ONLY)
 */
public record ClientSpec(String name, String region, String vault, Rate rate, Arrivals arrivals,
                         List<MixEntry> mix, long timeoutNanos, RetrySpec retry, Set<FailureCause> retryOn) {

    public ClientSpec {
        mix = List.copyOf(mix);
        EnumSet<FailureCause> copy = EnumSet.noneOf(FailureCause.class);
        copy.addAll(retryOn);
        retryOn = Collections.unmodifiableSet(copy);
    }

    /** Every cause but READ_ONLY: a rejected write stays rejected until failback. */
    public static Set<FailureCause> defaultRetryOn() {
        EnumSet<FailureCause> causes = EnumSet.allOf(FailureCause.class);
        causes.remove(FailureCause.READ_ONLY);
        return causes;
    }
}
