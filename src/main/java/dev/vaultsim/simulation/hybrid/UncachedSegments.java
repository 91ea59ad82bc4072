package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.workload.ConstantSchedule;

import java.util.ArrayDeque;

/**
 * The arrivals that the uncached part of a cached client with constant arrivals (a
 * {@link HybridClient}) asks for, piece by piece, as segments of the schedule that the cache's walk
 * ({@link ConstantCache}) hands out as it passes them. The pieces ask ahead of time, at their
 * start; the walk passes them in step with simulated time, since which arrival asks for what
 * depends on the cache's state, which the exact client changes as it goes.
 */
final class UncachedSegments implements PieceArrivals {

    /** How the uncached reads of a segment are handed out. */
    enum Kind { COUNTED, FOLLOWED, EXACT, MARK }

    /**
     * Arrivals {@code [from, to)} of the schedule, and what becomes of their uncached reads: counted
     * (their number handed to {@code counted} once the walk has passed them, split among the
     * outcomes), the followed outcomes singled out and followed one by one (the others counted),
     * or every one simulated exactly. A mark (empty) runs {@code done} once the walk has passed it.
     */
    static final class Segment {
        final long from;
        final long to;
        final Kind kind;
        final Outcomes outcomes;
        final RandomStream random;
        final Counted counted;
        final Follower follower;
        final Event arrival;
        final Runnable done;
        /** The share of its uncached reads that the walk singles out: the followed outcomes', all, or none. */
        final double singledShare;
        /** Its uncached reads not singled out, so far. */
        long quiet;

        private Segment(long from, long to, Kind kind, Outcomes outcomes, RandomStream random, Counted counted,
                        Follower follower, Event arrival, Runnable done, double singledShare) {
            this.from = from;
            this.to = to;
            this.kind = kind;
            this.outcomes = outcomes;
            this.random = random;
            this.counted = counted;
            this.follower = follower;
            this.arrival = arrival;
            this.done = done;
            this.singledShare = singledShare;
        }

        /** Without uncached reads: one segment without end, which the walk never passes. */
        static Segment endless() {
            return new Segment(0, Long.MAX_VALUE, Kind.COUNTED, null, null, null, null, null, null, 0);
        }
    }

    private final ConstantSchedule schedule;
    /** Told when segments are asked for: the walk may go on. */
    private final Runnable asked;
    private final ArrayDeque<Segment> segments = new ArrayDeque<>();
    /** The end of the segments asked for so far. */
    private long askedTo;

    UncachedSegments(ConstantSchedule schedule, Runnable asked) {
        this.schedule = schedule;
        this.asked = asked;
    }

    /** The segment holding arrival {@code position}, after settling those before it; null while none is asked for. */
    Segment at(long position) {
        while (!segments.isEmpty() && segments.peekFirst().to <= position) {
            settle(segments.pollFirst());
        }
        return segments.peekFirst();
    }

    /** The walk has passed the segment: its counted uncached reads are split among their outcomes and handed over. */
    private static void settle(Segment segment) {
        switch (segment.kind) {
            case MARK -> segment.done.run();
            case EXACT -> { }
            case COUNTED, FOLLOWED -> {
                Outcomes outcomes = segment.outcomes;
                double[] probabilities = segment.kind == Kind.COUNTED ? outcomes.probabilities()
                        : ConstantPieces.notFollowed(outcomes, segment.singledShare);
                long[] counts = new long[outcomes.size()];
                Binomial.split(segment.quiet, probabilities, counts, segment.random);
                segment.counted.counted(counts);
            }
        }
    }

    @Override
    public void count(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Counted counted) {
        ask(start, end, Kind.COUNTED, outcomes, random, counted, null, null, null, 0);
    }

    @Override
    public void split(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Follower follower,
                      Counted counted) {
        ask(start, end, Kind.FOLLOWED, outcomes, random, counted, follower, null, null,
                ConstantPieces.followedShare(outcomes));
    }

    @Override
    public void placeExactly(Simulator simulator, long start, long end, RandomStream random, Event arrival) {
        ask(start, end, Kind.EXACT, null, random, null, null, arrival, null, 1);
    }

    @Override
    public void whenHandedOut(long end, Runnable done) {
        ask(end, end, Kind.MARK, null, null, null, null, null, done, 0);
    }

    private void ask(long start, long end, Kind kind, Outcomes outcomes, RandomStream random, Counted counted,
                     Follower follower, Event arrival, Runnable done, double singledShare) {
        long from = schedule.firstAtOrAfter(start);
        if (from != askedTo) {
            // Pieces follow each other without gaps: anything else would leave arrivals nobody draws.
            throw new IllegalStateException("the uncached part asked for arrivals from " + from + ", not " + askedTo);
        }
        askedTo = schedule.firstAtOrAfter(end);
        segments.addLast(new Segment(from, askedTo, kind, outcomes, random, counted, follower, arrival, done,
                singledShare));
        asked.run();
    }
}
