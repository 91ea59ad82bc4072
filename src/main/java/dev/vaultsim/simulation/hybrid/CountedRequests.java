package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.model.AttemptShape;
import dev.vaultsim.model.Vault;
import dev.vaultsim.record.CacheOutcome;
import dev.vaultsim.record.RequestBatch;
import dev.vaultsim.scenario.RetrySpec;

import java.util.Arrays;

/**
 * The requests of one client drawn in bulk, as counts by outcome, recorded as batches of the
 * phase their piece started in: successes with latencies drawn from a {@link LatencyTable} (and
 * the nudge's share of them turned into timeouts), failures by cause. The followed requests are
 * {@link FollowedRequests}' business.
 */
final class CountedRequests {

    private final HybridContext context;
    private final RetrySpec retry;
    private final int index;
    private final int vaultPosition;
    private final Vault vault;
    private final Operation[] operations;
    /** The buffer counts are drawn into, reused from piece to piece. */
    private long[] counts = new long[0];

    CountedRequests(HybridContext context, RetrySpec retry, int index, int vaultPosition, Vault vault,
                    Operation[] operations) {
        this.context = context;
        this.retry = retry;
        this.index = index;
        this.vaultPosition = vaultPosition;
        this.vault = vault;
        this.operations = operations;
    }

    /** A buffer of zeros, one per outcome, to draw the counts of {@code outcomes} into. */
    long[] buffer(Outcomes outcomes) {
        if (counts.length < outcomes.size()) {
            counts = new long[outcomes.size()];
        }
        Arrays.fill(counts, 0);
        return counts;
    }

    /** The drawn counts of outcomes not followed, as batches of the phase their piece started in. */
    void record(Outcomes outcomes, long[] drawn, long start, int phase, RandomStream random) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (drawn[i] == 0) {
                continue;
            }
            int o = outcomes.operation(i);
            if (outcomes.cause(i) == null) {
                succeeded(o, outcomes.successShape(i), outcomes.attempts(i), outcomes.replyNanos(i), drawn[i], start,
                        phase, random);
            } else {
                failed(o, outcomes.cause(i), drawn[i], outcomes.attempts(i), start, phase);
            }
        }
    }

    private void succeeded(int o, AttemptShape shape, int attempts, long replySumNanos, long count, long start,
                           int phase, RandomStream random) {
        long nudged = context.nudge() > 0 ? Poisson.draw(count * context.nudge(), random) : 0;
        long kept = Math.max(0, count - nudged);
        if (nudged > 0) {
            failed(o, FailureCause.TIMEOUT, count - kept, attempts, start, phase);
        }
        if (kept == 0) {
            return;
        }
        LatencyTable.Drawn drawn = context.latencies(shape, attempts, replySumNanos, retry, kept, random);
        record(new RequestBatch(index, vaultPosition, operations[o], null, CacheOutcome.UNCACHED, phase, start, kept,
                kept * attempts, drawn.counts(), drawn.sumNanos(), drawn.maxNanos(), start));
        if (shape.commitsAsync()) {
            vault.asyncReplication().committedLongBefore(kept);
        }
    }

    private void failed(int o, FailureCause cause, long count, int attempts, long start, int phase) {
        if (count > 0) {
            record(new RequestBatch(index, vaultPosition, operations[o], cause, CacheOutcome.UNCACHED, phase, start,
                    count, count * attempts, null, 0, 0, start));
        }
    }

    private void record(RequestBatch batch) {
        context.sink().requestsCompleted(batch);
    }
}
