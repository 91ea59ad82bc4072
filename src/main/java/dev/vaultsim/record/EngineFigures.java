package dev.vaultsim.record;

/**
 * What the engine did, not what the clients saw: kept out of reports, for the footer and tests.
 *
 * @param eventsProcessed events fired, summed over replications
 * @param fingerprint     a hash of replication 0's event trace
 */
public record EngineFigures(long eventsProcessed, long fingerprint) {
}
