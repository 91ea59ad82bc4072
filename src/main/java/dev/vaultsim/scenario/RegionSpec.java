package dev.vaultsim.scenario;

/**
 * A region of the scenario.
 *
 * @param pair    the name of its paired region, or null when it has none
 * @param service the region's effective service: its own {@code service:} merged over the top-level one
 * @param zones   its availability zones, numbered 1 to zones; unit i (from 0) is in zone (i mod zones) + 1
 */
public record RegionSpec(String name, String geography, Location location, String pair, ServiceSpec service,
                         int zones) {

    /** A region without availability zones (one zone holds everything). */
    public RegionSpec(String name, String geography, Location location, String pair, ServiceSpec service) {
        this(name, geography, location, pair, service, 1);
    }

    /** The zone (1 to zones) of unit {@code index} (counted from 0) of a layer or the replicas. */
    public int zoneOf(int index) {
        return index % zones + 1;
    }
}
