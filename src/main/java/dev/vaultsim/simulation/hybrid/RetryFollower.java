package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.AttemptShape;
import dev.vaultsim.model.Vault;
import dev.vaultsim.workload.Backoff;

/**
 * Follows one client's retried requests of a band, attempt by attempt over its timeline: each
 * retry meets the shapes of its own instant, whatever state that is, its cause and latency drawn
 * from the client's retries stream. What they come to is added up in {@link FollowedRequests}.
 */
final class RetryFollower {

    private static final FailureCause[] CAUSES = FailureCause.values();

    private final HybridContext context;
    private final ClientShapes shapes;
    private final ShapeTimeline timeline;
    private final Vault vault;
    private final Backoff backoff;
    private final RandomStream random;
    private final FollowedRequests followed;

    RetryFollower(HybridContext context, ClientShapes shapes, Vault vault, Backoff backoff, RandomStream random,
                  FollowedRequests followed) {
        this.context = context;
        this.shapes = shapes;
        this.timeline = shapes.timeline();
        this.vault = vault;
        this.backoff = backoff;
        this.random = random;
        this.followed = followed;
    }

    /**
     * A request whose first attempt, sent at {@code first} in {@code interval}, failed with
     * {@code cause}, back at {@code back}: its retries, each meeting the shapes of its own instant.
     */
    void follow(Simulator simulator, int o, long first, long back, FailureCause cause, int interval) {
        long timeoutNanos = shapes.timeoutNanos();
        long time = back;
        FailureCause last = cause;
        int attempts = 1;
        int at = interval;
        while (shapes.retries(last) && attempts < shapes.maxAttempts()) {
            long sent = time + backoff.delayBeforeRetry(attempts);
            attempts++;
            at = timeline.indexAt(sent, at);
            AttemptShape shape = timeline.shape(at, o);
            if (shape.unreachable()) {
                last = shape.unreachableCause();
                time = sent + timeoutNanos;
                continue;
            }
            FailureCause drawn = drawCause(shape);
            if (drawn != null) {
                last = drawn;
                time = sent + shape.failureReplyNanos();
                continue;
            }
            long latency = context.followedLatency(shape.success(), timeoutNanos, random);
            if (latency > timeoutNanos) {
                last = FailureCause.TIMEOUT;
                time = sent + timeoutNanos;
                continue;
            }
            followed.succeeded(o, attempts, sent + latency - first);
            if (shape.commitsAsync()) {
                simulator.schedule(sent, Precedence.TRAFFIC, s -> vault.asyncReplication().committed(s.now()));
            }
            return;
        }
        followed.failed(o, last, attempts);
    }

    private FailureCause drawCause(AttemptShape shape) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (FailureCause cause : CAUSES) {
            cumulative += shape.failureChances()[cause.ordinal()];
            if (u < cumulative) {
                return cause;
            }
        }
        return null;
    }

    /** The requests followed since the last flush, recorded as batches of their piece's bucket and phase. */
    void flush(long start, int phase, long now) {
        followed.flush(start, phase, now);
    }
}
