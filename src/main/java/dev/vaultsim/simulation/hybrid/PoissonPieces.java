package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;

/**
 * Poisson arrivals: the arrivals of each outcome in a piece are independent Poisson counts (a
 * Poisson count split by independent outcomes), and given their count, arrivals lie at
 * independent uniform instants.
 */
final class PoissonPieces implements ClientArrivals {

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
    public long windowCount(long start, long end, RandomStream random) {
        return Poisson.draw(perNano * (end - start), random);
    }

    @Override
    public PieceArrivals given(long[] counts, long firstStart, long widthNanos, long end) {
        return new DrawnPieces(counts, firstStart, widthNanos, end);
    }

    @Override
    public void placeExactly(Simulator simulator, long start, long end, RandomStream random, Event arrival) {
        long count = Poisson.draw(perNano * (end - start), random);
        if (count > 0) {
            new SortedArrivals(start, end, count, random, arrival).next(simulator);
        }
    }
}
