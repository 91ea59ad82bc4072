package dev.vaultsim.scenario;

/**
 * What losing an availability zone costs beyond its units ({@code service.zoneFailover}).
 *
 * @param writePauseNanos from each zone outage's start, for this long, writes served by the region
 *                        fail with ZONE_FAILOVER_IN_PROGRESS ("writes may be temporarily unavailable")
 */
public record ZoneFailoverSpec(long writePauseNanos) {

    public static final ZoneFailoverSpec NONE = new ZoneFailoverSpec(0);
}
