package dev.vaultsim.record;

/**
 * Which run a report describes: the scenario, its seed, how many replications were pooled, the
 * simulated horizon and the availability objective it is judged against.
 */
public record RunInfo(String scenario, String description, long seed, int replications, long horizonNanos,
                      double sloAvailability) {

    public RunInfo withReplications(int newReplications) {
        return new RunInfo(scenario, description, seed, newReplications, horizonNanos, sloAvailability);
    }
}
