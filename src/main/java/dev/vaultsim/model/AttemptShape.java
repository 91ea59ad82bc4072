package dev.vaultsim.model;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.scenario.Distribution;

import java.util.Arrays;
import java.util.List;

/**
 * What an attempt of one operation from one region meets while the world stays as it is, without
 * sending one: whether the vault is reachable, the chance of each failure cause (a balancer that
 * routes over down instances makes a cause a chance rather than a certainty), how long a failure
 * takes to come back, and what a success costs. Engines that draw traffic in bulk read it; the
 * exact engine never does.
 *
 * @param unreachable      nothing answers: the attempt waits for its timeout and fails with its
 *                         {@link #unreachableCause()}
 * @param failureChances   by {@link FailureCause} ordinal, the chance the attempt fails so (for an
 *                         unreachable shape, 1 for the cause it fails with)
 * @param failureReplyNanos how long a failed (reachable) attempt takes to come back: the round trip
 * @param success          the latency of a success, or null when none can succeed
 * @param throttled        the vault has a throttling limit for the operation, which couples
 *                         attempts to each other (this shape alone cannot tell their outcome)
 * @param commitsAsync     a success is a write that async replication must carry to the secondary
 */
public record AttemptShape(boolean unreachable, double[] failureChances, long failureReplyNanos,
                           LatencyParts success, boolean throttled, boolean commitsAsync) {

    /** The latency of a successful attempt: a fixed part plus one draw of each layer, spiked. */
    public record LatencyParts(long fixedNanos, List<Distribution> layers, double[] spikeFactors) {

        public LatencyParts {
            layers = List.copyOf(layers);
            spikeFactors = spikeFactors.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LatencyParts o && fixedNanos == o.fixedNanos && layers.equals(o.layers)
                    && Arrays.equals(spikeFactors, o.spikeFactors);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(fixedNanos) * 31 + layers.hashCode() * 17 + Arrays.hashCode(spikeFactors);
        }
    }

    private static final FailureCause[] CAUSES = FailureCause.values();

    static AttemptShape unreachableShape() {
        return unreachableShape(FailureCause.REGION_UNAVAILABLE);
    }

    /** Nothing answers: every attempt waits for its timeout and fails with {@code cause}. */
    public static AttemptShape unreachableShape(FailureCause cause) {
        double[] chances = new double[CAUSES.length];
        chances[cause.ordinal()] = 1;
        return new AttemptShape(true, chances, 0, null, false, false);
    }

    /** What an attempt on an unreachable shape fails with: the region, or the client's private endpoint. */
    public FailureCause unreachableCause() {
        if (!unreachable) {
            throw new IllegalStateException("a reachable shape");
        }
        for (int i = 0; i < failureChances.length; i++) {
            if (failureChances[i] == 1) {
                return CAUSES[i];
            }
        }
        throw new IllegalStateException("an unreachable shape without its cause");
    }

    /** The chance that the attempt succeeds. */
    public double successChance() {
        if (unreachable) {
            return 0;
        }
        double failing = 0;
        for (double chance : failureChances) {
            failing += chance;
        }
        return Math.max(0, 1 - failing);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttemptShape o && unreachable == o.unreachable
                && Arrays.equals(failureChances, o.failureChances) && failureReplyNanos == o.failureReplyNanos
                && java.util.Objects.equals(success, o.success) && throttled == o.throttled
                && commitsAsync == o.commitsAsync;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(failureChances) * 31 + Long.hashCode(failureReplyNanos)
                + java.util.Objects.hashCode(success) * 7 + (unreachable ? 1 : 0);
    }
}
