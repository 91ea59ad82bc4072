package dev.vaultsim.scenario;

import dev.vaultsim.catalog.FailureCause;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a client with several vaults moves between them (client-resilience.md).
 *
 * @param failureThreshold consecutive failed attempts on the current vault that open a breaker
 * @param openForNanos     how long after switching the first request of the class is a trial on the preferred vault
 * @param on               the causes that move the client on (default: every cause, READ_ONLY included)
 */
public record SwitchoverSpec(Policy policy, int failureThreshold, long openForNanos, Set<FailureCause> on) {

    public static final int DEFAULT_FAILURE_THRESHOLD = 5;
    public static final long DEFAULT_OPEN_FOR_NANOS = 30_000_000_000L;

    public SwitchoverSpec {
        EnumSet<FailureCause> copy = EnumSet.noneOf(FailureCause.class);
        copy.addAll(on);
        on = Collections.unmodifiableSet(copy);
    }

    /** Every cause: a read-only vault refuses writes, so the application should write elsewhere. */
    public static Set<FailureCause> defaultOn() {
        return EnumSet.allOf(FailureCause.class);
    }

    public enum Policy {
        /** A failed attempt sends the request's next attempt to the next vault. */
        ON_ERROR("on-error"),
        /** One breaker per operation class moves the class after consecutive failures. */
        CIRCUIT_BREAKER("circuit-breaker");

        private final String label;

        Policy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
