package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;

import java.util.Arrays;

/**
 * What an arrival of one interval can come to, outcome by outcome, with its probability (all of
 * them add up to 1): the operation, the attempts it takes, the last attempt's cause (null for a
 * success), and whether the request must be followed attempt by attempt (a first attempt that
 * fails and will be retried, in a band) with how long that first attempt takes to come back.
 */
final class Outcomes {

    private int size;
    private int[] operations = new int[8];
    private int[] attempts = new int[8];
    private FailureCause[] causes = new FailureCause[8];
    private double[] probabilities = new double[8];
    private boolean[] followed = new boolean[8];
    private long[] replyNanos = new long[8];

    void add(int operation, int attemptCount, FailureCause cause, double probability, boolean follow, long reply) {
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
        }
        operations[size] = operation;
        attempts[size] = attemptCount;
        causes[size] = cause;
        probabilities[size] = probability;
        followed[size] = follow;
        replyNanos[size] = reply;
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

    long replyNanos(int i) {
        return replyNanos[i];
    }

    /** The probabilities, one per outcome (a copy the size of the outcomes). */
    double[] probabilities() {
        return Arrays.copyOf(probabilities, size);
    }
}
