package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Which availability zone each unit of a region is in: every instance of every layer and every
 * replica, by the rule of {@link RegionSpec#zoneOf}: unit i (from 0) is in zone (i mod zones) + 1.
 * A pure function of the region; {@code validate} and the report show it, the model places by the
 * same rule.
 *
 * @param region the region's name
 * @param zones  one entry per zone, zone 1 first; a zone may hold nothing
 */
public record ZonePlacement(String region, List<Zone> zones) {

    public ZonePlacement {
        zones = List.copyOf(zones);
    }

    /**
     * One zone and what is in it.
     *
     * @param number   the zone, from 1
     * @param layers   every layer of the region, in request order, with its instances in this zone (maybe none)
     * @param replicas the indexes (from 0) of the replicas in it, ascending
     */
    public record Zone(int number, List<LayerInstances> layers, List<Integer> replicas) {
        public Zone {
            layers = List.copyOf(layers);
            replicas = List.copyOf(replicas);
        }

        /** Everything in the zone: {@code gateway/0, vault-service/0, replica 0}, or {@code nothing}. */
        public String units() {
            List<String> units = new ArrayList<>();
            layers.forEach(layer -> layer.instances().forEach(i -> units.add(layer.name() + "/" + i)));
            replicas.forEach(r -> units.add("replica " + r));
            return units.isEmpty() ? "nothing" : String.join(", ", units);
        }

        /** {@code zone 1: gateway/0, vault-service/0, replica 0} */
        public String line() {
            return "zone " + number + ": " + units();
        }
    }

    /** A layer's instances (indexes from 0, ascending) in one zone. */
    public record LayerInstances(String name, List<Integer> instances) {
        public LayerInstances {
            instances = List.copyOf(instances);
        }
    }

    /** The placement of {@code region}'s units over its zones (one zone holding all when it has none). */
    public static ZonePlacement of(RegionSpec region) {
        List<Zone> zones = new ArrayList<>();
        for (int zone = 1; zone <= region.zones(); zone++) {
            List<LayerInstances> layers = new ArrayList<>();
            for (LayerSpec layer : region.service().layers()) {
                List<Integer> instances = new ArrayList<>();
                for (int i = 0; i < layer.instances(); i++) {
                    if (region.zoneOf(i) == zone) {
                        instances.add(i);
                    }
                }
                layers.add(new LayerInstances(layer.name(), instances));
            }
            List<Integer> replicas = new ArrayList<>();
            for (int r = 0; r < region.service().replicas().count(); r++) {
                if (region.zoneOf(r) == zone) {
                    replicas.add(r);
                }
            }
            zones.add(new Zone(zone, layers, replicas));
        }
        return new ZonePlacement(region.name(), zones);
    }

    /** The placement of every region of {@code scenario} that has more than one zone, in the scenario's order. */
    public static List<ZonePlacement> ofZonedRegions(Scenario scenario) {
        return scenario.regions().stream().filter(r -> r.zones() > 1).map(ZonePlacement::of).toList();
    }
}
