package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;

/**
 * {@code count} arrivals as sorted uniforms over [start, end), drawn one after the other (each the
 * smallest of those left), so that only the next one is ever scheduled.
 */
final class SortedArrivals implements Event {
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
