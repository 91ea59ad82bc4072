package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.workload.ConstantSchedule;

/**
 * Constant arrivals: a piece holds an exact number of arrivals, at the schedule's own instants,
 * each with an independent outcome: the counts are a multinomial split of that number. Followed
 * arrivals are found by geometric jumps over the schedule (each arrival is one with the followed
 * outcomes' total probability), so that the cost is their number, not the piece's.
 */
final class ConstantPieces implements ClientArrivals {

    private final ConstantSchedule schedule;

    ConstantPieces(ConstantSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void count(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Counted counted) {
        long count = schedule.firstAtOrAfter(end) - schedule.firstAtOrAfter(start);
        Binomial.split(count, outcomes.probabilities(), counts, random);
        counted.counted(counts);
    }

    @Override
    public void split(long start, long end, Outcomes outcomes, long[] counts, RandomStream random, Follower follower,
                      Counted counted) {
        long first = schedule.firstAtOrAfter(start);
        long last = schedule.firstAtOrAfter(end);
        double followed = followedShare(outcomes);
        long followedCount = 0;
        if (followed > 0) {
            double logMiss = StrictMath.log1p(-Math.min(followed, 1));
            long k = first - 1;
            while (true) {
                // The next arrival whose outcome is followed: a geometric number of arrivals on.
                k += followed >= 1 ? 1
                        : (long) Math.max(1, StrictMath.ceil(StrictMath.log(random.nextOpenDouble()) / logMiss));
                if (k >= last || k < first) {
                    break;
                }
                follower.follow(followedOutcome(outcomes, followed, random), schedule.at(k));
                followedCount++;
            }
        }
        // The others: a multinomial split over the outcomes not followed.
        Binomial.split(last - first - followedCount, notFollowed(outcomes, followed), counts, random);
        counted.counted(counts);
    }

    /** The probability that an arrival's outcome is followed. */
    static double followedShare(Outcomes outcomes) {
        double followed = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.followed(i)) {
                followed += outcomes.probability(i);
            }
        }
        return followed;
    }

    /** Each outcome's probability given that it is not followed ({@code followed}: their share). */
    static double[] notFollowed(Outcomes outcomes, double followed) {
        double[] kept = outcomes.probabilities();
        for (int i = 0; i < kept.length; i++) {
            kept[i] = outcomes.followed(i) || followed >= 1 ? 0 : kept[i] / (1 - followed);
        }
        return kept;
    }

    /** A followed outcome, each with its probability given that the outcome is followed. */
    static int followedOutcome(Outcomes outcomes, double followed, RandomStream random) {
        double u = random.nextDouble() * followed;
        int chosen = -1;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.followed(i)) {
                chosen = i;
                u -= outcomes.probability(i);
                if (u < 0) {
                    break;
                }
            }
        }
        return chosen;
    }

    /** The schedule's own count: nothing to draw. */
    @Override
    public long windowCount(long start, long end, RandomStream random) {
        return schedule.firstAtOrAfter(end) - schedule.firstAtOrAfter(start);
    }

    /** Already the count of every piece: the schedule fixes it. */
    @Override
    public PieceArrivals given(long[] counts, long firstStart, long widthNanos, long end) {
        return this;
    }

    @Override
    public void placeExactly(Simulator simulator, long start, long end, RandomStream random, Event arrival) {
        long first = schedule.firstAtOrAfter(start);
        long last = schedule.firstAtOrAfter(end);
        if (first < last) {
            new ScheduledArrivals(first, last, arrival).next(simulator);
        }
    }

    /** Arrivals {@code next} to {@code last − 1} of the schedule, one event after the other. */
    private final class ScheduledArrivals implements Event {
        private final long last;
        private final Event arrival;
        private long next;

        ScheduledArrivals(long first, long last, Event arrival) {
            this.next = first;
            this.last = last;
            this.arrival = arrival;
        }

        void next(Simulator simulator) {
            simulator.scheduleArrival(schedule.at(next++), this);
        }

        @Override
        public void fire(Simulator simulator) {
            arrival.fire(simulator);
            if (next < last) {
                next(simulator);
            }
        }
    }
}
