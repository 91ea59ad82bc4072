package dev.vaultsim.record;

/**
 * The report's stats block for one slice of requests.
 *
 * @param latency latency of the successful requests, or null when none succeeded
 */
public record Stats(long requests, long succeeded, long failed, long attempts, LatencySummary latency) {

    public static final Stats EMPTY = new Stats(0, 0, 0, 0, null);

    /** succeeded / requests, or null when there were no requests. */
    public Double availability() {
        return requests == 0 ? null : (double) succeeded / requests;
    }
}
