package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.model.AttemptShape;

import java.util.function.IntUnaryOperator;

/**
 * The {@link Outcomes} of one client's arrivals, built from its shapes: over all their attempts in
 * one interval (bulk pieces), along a chain of intervals (a band's slices), or of first attempts
 * only (the rest of a band, whose retried requests are followed). An interval's tables are kept
 * while its pieces last: consecutive pieces mostly share one.
 */
final class OutcomeTables {

    private static final FailureCause[] CAUSES = FailureCause.values();

    private final ClientShapes shapes;
    private final ShapeTimeline timeline;
    private final int operationCount;
    private final int maxAttempts;
    private Outcomes bulk;
    private int bulkInterval = -1;
    private Outcomes first;
    private int firstInterval = -1;

    OutcomeTables(ClientShapes shapes) {
        this.shapes = shapes;
        this.timeline = shapes.timeline();
        this.operationCount = shapes.operations().length;
        this.maxAttempts = shapes.maxAttempts();
    }

    /** Each arrival's outcomes over all its attempts, while every attempt meets the interval's shapes. */
    Outcomes bulk(int interval) {
        if (interval != bulkInterval) {
            bulk = chain(attempt -> interval, maxAttempts);
            bulkInterval = interval;
        }
        return bulk;
    }

    /**
     * Each arrival's outcomes over its attempts when attempt a meets the shapes of interval
     * {@code intervalOf(a)}, for a up to {@code attempts}: after that none is retried (the last
     * allowed, or no cause met there is retried).
     */
    Outcomes chain(IntUnaryOperator intervalOf, int attempts) {
        Outcomes outcomes = new Outcomes();
        for (int o = 0; o < operationCount; o++) {
            double reach = shapes.share(o);
            long replies = 0;
            for (int a = 1; a <= attempts && reach > 0; a++) {
                AttemptShape shape = timeline.shape(intervalOf.applyAsInt(a), o);
                boolean last = a == maxAttempts;
                if (shape.unreachable()) {
                    FailureCause cause = shape.unreachableCause();
                    if (last || !shapes.retries(cause)) {
                        outcomes.addFailure(o, a, cause, reach, false, 0);
                        break;
                    }
                    replies += shapes.timeoutNanos();
                    continue;
                }
                if (shape.success() != null) {
                    outcomes.addSuccess(o, a, reach * shape.successChance(), shape, replies);
                }
                double[] chances = shape.failureChances();
                double retried = 0;
                for (FailureCause cause : CAUSES) {
                    if (shapes.retries(cause) && !last) {
                        retried += chances[cause.ordinal()];
                    } else {
                        outcomes.addFailure(o, a, cause, reach * chances[cause.ordinal()], false, 0);
                    }
                }
                reach *= retried;
                replies += shape.failureReplyNanos();
            }
        }
        return outcomes;
    }

    /** Each arrival's first attempt: the outcomes that end the request, and the failures that are retried. */
    Outcomes first(int interval) {
        if (interval != firstInterval) {
            first = firstAttempts(interval);
            firstInterval = interval;
        }
        return first;
    }

    private Outcomes firstAttempts(int interval) {
        Outcomes outcomes = new Outcomes();
        boolean retries = maxAttempts > 1;
        for (int o = 0; o < operationCount; o++) {
            AttemptShape shape = timeline.shape(interval, o);
            double share = shapes.share(o);
            if (shape.unreachable()) {
                FailureCause cause = shape.unreachableCause();
                outcomes.addFailure(o, 1, cause, share, retries && shapes.retries(cause), shapes.timeoutNanos());
                continue;
            }
            if (shape.success() != null) {
                outcomes.addSuccess(o, 1, share * shape.successChance(), shape, 0);
            }
            for (FailureCause cause : CAUSES) {
                outcomes.addFailure(o, 1, cause, share * shape.failureChances()[cause.ordinal()],
                        retries && shapes.retries(cause), shape.failureReplyNanos());
            }
        }
        return outcomes;
    }
}
