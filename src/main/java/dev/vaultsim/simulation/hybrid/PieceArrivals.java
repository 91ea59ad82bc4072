package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;

/**
 * How a client's arrivals in a piece of time [start, end) are counted, split by outcome and
 * placed: Poisson arrivals as independent Poisson counts, constant ones as their exact count
 * split multinomially. Either way the outcomes of distinct arrivals are independent, which is
 * what makes the split exact in distribution.
 */
interface PieceArrivals {

    /** Receives a request that must be followed: its outcome's index and its arrival instant. */
    interface Follower {
        void follow(int outcome, long arrivalNanos);
    }

    /** {@code counts[i]}: the arrivals in the piece whose outcome is {@code i}. */
    void count(long start, long end, Outcomes outcomes, long[] counts, RandomStream random);

    /**
     * Like {@link #count}, except that each arrival of a followed outcome is handed to
     * {@code follower} with its instant (its count is left at 0).
     */
    void split(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Follower follower);

    /** Each arrival of the piece as an event at its own instant, firing {@code arrival}. */
    void placeExactly(Simulator simulator, long start, long end, RandomStream random, Event arrival);
}
