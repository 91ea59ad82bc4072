package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;

/**
 * The Poisson arrivals of a run of throttling windows whose counts were drawn beforehand, window
 * by window. Given its count, a window's arrivals lie at independent uniform instants, so of the
 * {@code left} arrivals in what remains of a window, [from, windowEnd), a piece's part of it
 * [from, to) holds a binomial number at its share of that length; a piece's arrivals are then split
 * among outcomes multinomially. Pieces must come in order and cover the run, which then holds
 * exactly the drawn counts, each in its window.
 */
final class DrawnPieces implements PieceArrivals {

    private final long firstStart;
    private final long widthNanos;
    private final long end;
    private final long[] left;
    /** The first window not yet used up. */
    private int current;

    /**
     * @param counts     the arrivals of each window of the run, the first starting at {@code firstStart}
     * @param end        where the run ends: the last window's end, or the horizon within it
     */
    DrawnPieces(long[] counts, long firstStart, long widthNanos, long end) {
        this.left = counts.clone();
        this.firstStart = firstStart;
        this.widthNanos = widthNanos;
        this.end = end;
    }

    /** The arrivals of [start, to), taken from those left in the windows it overlaps. */
    private long take(long start, long to, RandomStream random) {
        long taken = 0;
        while (current < left.length) {
            long windowEnd = Math.min(firstStart + (current + 1) * widthNanos, end);
            long from = Math.max(start, firstStart + current * widthNanos);
            if (to >= windowEnd) {
                taken += left[current];
                left[current++] = 0;
                continue;
            }
            long share = Binomial.draw(left[current], (double) (to - from) / (windowEnd - from), random);
            left[current] -= share;
            return taken + share;
        }
        return taken;
    }

    @Override
    public void count(long start, long to, Outcomes outcomes, long[] counts, RandomStream random, Counted counted) {
        Binomial.split(take(start, to, random), outcomes.probabilities(), counts, random);
        counted.counted(counts);
    }

    /**
     * Followed arrivals lie uniformly within their own window's part of the piece, not over the
     * piece: the windows' counts were drawn apart.
     */
    @Override
    public void split(long start, long to, Outcomes outcomes, long[] counts, RandomStream random, Follower follower,
                      Counted counted) {
        long[] part = new long[outcomes.size()];
        double[] probabilities = outcomes.probabilities();
        for (long a = start; a < to; ) {
            long b = Math.min(to, windowEndAfter(a));
            Binomial.split(take(a, b, random), probabilities, part, random);
            for (int i = 0; i < part.length; i++) {
                if (!outcomes.followed(i)) {
                    counts[i] += part[i];
                    continue;
                }
                for (long r = 0; r < part[i]; r++) {
                    follower.follow(i, a + (long) (random.nextDouble() * (b - a)));
                }
            }
            a = b;
        }
        counted.counted(counts);
    }

    /** Each window's part of the piece has its own sorted uniforms. */
    @Override
    public void placeExactly(Simulator simulator, long start, long to, RandomStream random, Event arrival) {
        for (long a = start; a < to; ) {
            long b = Math.min(to, windowEndAfter(a));
            long count = take(a, b, random);
            if (count > 0) {
                new SortedArrivals(a, b, count, random, arrival).next(simulator);
            }
            a = b;
        }
    }

    /** The end of the window holding {@code time}. */
    private long windowEndAfter(long time) {
        return Math.min(firstStart + ((time - firstStart) / widthNanos + 1) * widthNanos, end);
    }
}
