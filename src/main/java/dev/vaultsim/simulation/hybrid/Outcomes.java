package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.model.AttemptShape;

import java.util.Arrays;

/**
 * What an arrival of one piece of time can come to, outcome by outcome, with its probability (all
 * of them add up to 1): the operation, the attempts it takes, and either a success (the shape it
 * met, and the failed attempts' replies before it) or the last attempt's cause, with whether the
 * request must be followed attempt by attempt (a first attempt that fails and will be retried
 * where its retries' fate is not known in advance) and how long that attempt takes to come back.
 */
final class Outcomes {

    private int size;
    private int[] operations = new int[8];
    private int[] attempts = new int[8];
    private FailureCause[] causes = new FailureCause[8];
    private double[] probabilities = new double[8];
    private boolean[] followed = new boolean[8];
    private long[] replyNanos = new long[8];
    private AttemptShape[] successShapes = new AttemptShape[8];

    /** A success at attempt {@code attemptCount} meeting {@code shape}, after failed attempts of {@code replySum}. */
    void addSuccess(int operation, int attemptCount, double probability, AttemptShape shape, long replySum) {
        add(operation, attemptCount, null, probability, false, replySum, shape);
    }

    /** A failure with {@code cause} at attempt {@code attemptCount}, followed from there or not. */
    void addFailure(int operation, int attemptCount, FailureCause cause, double probability, boolean follow,
                    long reply) {
        add(operation, attemptCount, cause, probability, follow, reply, null);
    }

    private void add(int operation, int attemptCount, FailureCause cause, double probability, boolean follow,
                     long reply, AttemptShape shape) {
        if (!(probability > 0)) {
            return;
        }
        if (size == operations.length) {
            int grown = size * 2;
            operations = Arrays.copyOf(operations, grown);
            attempts = Arrays.copyOf(attempts, grown);
            causes = Arrays.copyOf(causes, grown);
            probabilities = Arrays.copyOf(probabilities, grown);
            followed = Arrays.copyOf(followed, grown);
            replyNanos = Arrays.copyOf(replyNanos, grown);
            successShapes = Arrays.copyOf(successShapes, grown);
        }
        operations[size] = operation;
        attempts[size] = attemptCount;
        causes[size] = cause;
        probabilities[size] = probability;
        followed[size] = follow;
        replyNanos[size] = reply;
        successShapes[size] = shape;
        size++;
    }

    int size() {
        return size;
    }

    int operation(int i) {
        return operations[i];
    }

    int attempts(int i) {
        return attempts[i];
    }

    FailureCause cause(int i) {
        return causes[i];
    }

    double probability(int i) {
        return probabilities[i];
    }

    boolean followed(int i) {
        return followed[i];
    }

    /** A followed failure's reply; a success's failed attempts' replies together. */
    long replyNanos(int i) {
        return replyNanos[i];
    }

    /** The shape a success met, null for a failure. */
    AttemptShape successShape(int i) {
        return successShapes[i];
    }

    /** The probabilities, one per outcome (a copy the size of the outcomes). */
    double[] probabilities() {
        return Arrays.copyOf(probabilities, size);
    }
}
