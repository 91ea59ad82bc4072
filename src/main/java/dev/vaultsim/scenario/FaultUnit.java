package dev.vaultsim.scenario;

/**
 * One unit a stochastic entry covers (a region, an instance, a replica, a link): the name of its
 * random stream, what its failure does to the world, and how that failure reads in a report.
 */
public record FaultUnit(String name, Effect effect, Report report) {

    /** Starts the unit's failure now and returns what repairs it. */
    @FunctionalInterface
    public interface Effect {
        Runnable start(FaultTargets targets);
    }

    /** The unit's failure from {@code startNanos} to {@code endNanos} as a scheduled fault would read. */
    @FunctionalInterface
    public interface Report {
        FaultSpec failure(long startNanos, long endNanos);
    }
}
