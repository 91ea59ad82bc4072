package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;

/**
 * How a client's arrivals in a piece of time [start, end) are counted, split by outcome and
 * placed: Poisson arrivals as independent Poisson counts, constant ones as their exact count
 * split multinomially. Either way the outcomes of distinct arrivals are independent, which is
 * what makes the split exact in distribution. Counts are handed over when they are known: at once,
 * except for the reads a cache with constant arrivals does not hold ({@link ConstantCache}), which
 * share their schedule with the cached reads and are known only as that walk passes them.
 */
interface PieceArrivals {

    /** Receives a request that must be followed: its outcome's index and its arrival instant. */
    interface Follower {
        void follow(int outcome, long arrivalNanos);
    }

    /** Receives the counts of a piece's arrivals by outcome (followed outcomes at 0). */
    interface Counted {
        void counted(long[] counts);
    }

    /**
     * {@code counts[i]}: the arrivals in the piece whose outcome is {@code i}, handed to
     * {@code counted}; {@code counts} is a buffer of zeros, one per outcome, to draw them into.
     */
    void count(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Counted counted);

    /**
     * Like {@link #count}, except that each arrival of a followed outcome is handed to
     * {@code follower} with its instant (its count is left at 0).
     */
    void split(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Follower follower,
               Counted counted);

    /** Each arrival of the piece as an event at its own instant, firing {@code arrival}. */
    void placeExactly(Simulator simulator, long start, long end, RandomStream random, Event arrival);

    /** Runs {@code done} once every arrival before {@code end} has been handed out: at once by default. */
    default void whenHandedOut(long end, Runnable done) {
        done.run();
    }
}
