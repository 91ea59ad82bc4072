package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;

import java.util.ArrayDeque;

/**
 * The hits that the walk of a cached client of several vaults with constant arrivals
 * ({@link ConstantCache}) has counted ahead of simulated time, run by run of the schedule's
 * arrivals: the walk skips over the arrivals before the next one it singles out, which may lie
 * after a switchover that a request in flight is still to cause. A hit counts on its class's
 * vault at its arrival, so a switchover takes from the runs the hits of the arrivals after it
 * ({@link #from}). Within a run, every arrival skipped was a hit of each operation (or an uncached
 * read) independently with the same chances, so given the run's counts its later arrivals hold a
 * multivariate hypergeometric share of them, drawn operation by operation.
 */
final class HitsAhead {

    /** Arrivals {@code [from, to)} of the schedule, skipped by the walk, of which {@code hits[o]} were hits of operation o. */
    private record Run(long from, long to, long[] hits) {
    }

    private final ArrayDeque<Run> runs = new ArrayDeque<>();
    private final int operations;

    HitsAhead(int operations) {
        this.operations = operations;
    }

    /** The walk skipped arrivals {@code [from, to)}, of which {@code hits} (by operation) were hits. */
    void add(long from, long to, long[] hits) {
        runs.addLast(new Run(from, to, hits));
    }

    /** Runs that end at or before arrival {@code index} are past: no switchover can take from them. */
    void passed(long index) {
        while (!runs.isEmpty() && runs.peekFirst().to() <= index) {
            runs.pollFirst();
        }
    }

    /**
     * The hits, by operation, of the arrivals from {@code index} on: all of the runs after it, and
     * a draw from the run it cuts. Those runs stay, as from {@code index}, for a later switchover.
     */
    long[] from(long index, RandomStream random) {
        passed(index);
        long[] later = new long[operations];
        Run first = runs.peekFirst();
        if (first != null && first.from() < index) {
            runs.pollFirst();
            runs.addFirst(new Run(index, first.to(), laterShare(first, index, random)));
        }
        for (Run run : runs) {
            for (int o = 0; o < operations; o++) {
                later[o] += run.hits()[o];
            }
        }
        return later;
    }

    /** The hits of the run's arrivals from {@code index} on, given its counts: operation by operation, without replacement. */
    private static long[] laterShare(Run run, long index, RandomStream random) {
        long population = run.to() - run.from();
        long draws = run.to() - index;
        long[] later = new long[run.hits().length];
        for (int o = 0; o < later.length; o++) {
            later[o] = Hypergeometric.draw(population, run.hits()[o], draws, random);
            population -= run.hits()[o];
            draws -= later[o];
        }
        return later;
    }
}
