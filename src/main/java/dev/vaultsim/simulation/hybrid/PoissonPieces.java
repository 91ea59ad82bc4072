package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;

/**
 * Poisson arrivals: the arrivals of each outcome in a piece are independent Poisson counts (a
 * Poisson count split by independent outcomes), and given their count, arrivals lie at
 * independent uniform instants.
 */
final class PoissonPieces implements PieceArrivals {

    private final double perNano;

    PoissonPieces(double perNano) {
        this.perNano = perNano;
    }

    @Override
    public void count(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Counted counted) {
        double mean = perNano * (end - start);
        for (int i = 0; i < outcomes.size(); i++) {
            counts[i] = Poisson.draw(mean * outcomes.probability(i), random);
        }
        counted.counted(counts);
    }

    @Override
    public void split(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Follower follower,
                      Counted counted) {
        double mean = perNano * (end - start);
        for (int i = 0; i < outcomes.size(); i++) {
            long count = Poisson.draw(mean * outcomes.probability(i), random);
            if (!outcomes.followed(i)) {
                counts[i] = count;
                continue;
            }
            counts[i] = 0;
            for (long r = 0; r < count; r++) {
                follower.follow(i, start + (long) (random.nextDouble() * (end - start)));
            }
        }
        counted.counted(counts);
    }

    @Override
    public void placeExactly(Simulator simulator, long start, long end, RandomStream random, Event arrival) {
        long count = Poisson.draw(perNano * (end - start), random);
        if (count > 0) {
            new SortedArrivals(start, end, count, random, arrival).next(simulator);
        }
    }

    /** {@code count} arrivals as sorted uniforms over [start, end), drawn one after the other. */
    private static final class SortedArrivals implements Event {
        private final long end;
        private final RandomStream random;
        private final Event arrival;
        private long remaining;
        private double last;

        SortedArrivals(long start, long end, long count, RandomStream random, Event arrival) {
            this.end = end;
            this.random = random;
            this.arrival = arrival;
            this.remaining = count;
            this.last = start;
        }

        void next(Simulator simulator) {
            // The smallest of `remaining` uniforms over (last, end).
            last += (end - last) * (1 - StrictMath.pow(random.nextOpenDouble(), 1.0 / remaining));
            remaining--;
            simulator.scheduleArrival(Math.min((long) last, end - 1), this);
        }

        @Override
        public void fire(Simulator simulator) {
            arrival.fire(simulator);
            if (remaining > 0) {
                next(simulator);
            }
        }
    }
}
