package dev.vaultsim.record;

/**
 * What the engine did, not what the clients saw.
 *
 * @param kind            the engine that produced the figures ({@code exact}, {@code hybrid})
 * @param eventsProcessed events fired, summed over replications
 * @param fingerprint     a hash of replication 0's event trace (never in a report)
 */
public record EngineFigures(String kind, long eventsProcessed, long fingerprint) {
}
