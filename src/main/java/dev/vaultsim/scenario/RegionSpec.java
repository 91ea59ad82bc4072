package dev.vaultsim.scenario;

/**
 * A region of the scenario.
 *
 * @param pair    the name of its paired region, or null when it has none
 * @param service the region's effective service: its own {@code service:} merged over the top-level one
 */
public record RegionSpec(String name, String geography, Location location, String pair, ServiceSpec service) {
}
