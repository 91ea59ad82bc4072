package dev.vaultsim.simulation;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.scenario.AnalyticRole;
import dev.vaultsim.scenario.LayerSpec;
import dev.vaultsim.scenario.RegionSpec;
import dev.vaultsim.scenario.StochasticFaultSpec;
import org.apache.commons.math3.util.CombinatoricsUtils;

import java.util.List;

/**
 * The availability of a region's components for one operation: parallel instances per layer, layers
 * in series, a replica quorum. With zone outages, every pattern of zones up and down is weighed by
 * its probability and the units in the zones that are down are taken out (conditioning on the
 * zones, exact for independent zones): with 3 replicas over 3 zones and a quorum of 2, that is a
 * 2-out-of-3 of zones.
 */
final class Components {

    /** 2^16 zone patterns at most; regions have a handful of zones. */
    private static final int MAX_ZONES = 16;

    private Components() {
    }

    static double availability(RegionSpec region, Operation operation, List<StochasticFaultSpec> entries) {
        int zones = region.zones();
        double[] zoneUp = new double[zones + 1];
        boolean anyZoneFails = false;
        for (int zone = 1; zone <= zones; zone++) {
            zoneUp[zone] = zoneAvailability(entries, region.name(), zone);
            anyZoneFails |= zoneUp[zone] < 1;
        }
        if (!anyZoneFails || zones > MAX_ZONES) {
            return withZonesDown(region, operation, entries, 0);
        }
        double availability = 0;
        for (int down = 0; down < 1 << zones; down++) {
            double p = 1;
            for (int zone = 1; zone <= zones; zone++) {
                p *= (down & 1 << (zone - 1)) != 0 ? 1 - zoneUp[zone] : zoneUp[zone];
            }
            if (p > 0) {
                availability += p * withZonesDown(region, operation, entries, down);
            }
        }
        return availability;
    }

    /** The availability with the zones in the bit set {@code down} (bit z − 1 for zone z) lost. */
    private static double withZonesDown(RegionSpec region, Operation operation, List<StochasticFaultSpec> entries,
                                        int down) {
        double availability = 1;
        for (LayerSpec layer : region.service().layers()) {
            if (layer.appliesTo(operation)) {
                double instance = unitAvailability(entries, AnalyticRole.PARALLEL_INSTANCES, region.name(), layer.name());
                availability *= atLeast(1, unitsUp(region, layer.instances(), down), instance);
            }
        }
        double replica = unitAvailability(entries, AnalyticRole.REPLICA_QUORUM, region.name(), null);
        int count = unitsUp(region, region.service().replicas().count(), down);
        int needed = operation.isWrite() ? region.service().replicas().writeQuorum() : 1;
        return availability * atLeast(needed, count, replica);
    }

    /** How many of {@code units} sit in zones that are not down. */
    private static int unitsUp(RegionSpec region, int units, int down) {
        int up = 0;
        for (int i = 0; i < units; i++) {
            if ((down & 1 << (region.zoneOf(i) - 1)) == 0) {
                up++;
            }
        }
        return up;
    }

    /** A zone is up while every zone-outage entry covering it is up. */
    private static double zoneAvailability(List<StochasticFaultSpec> entries, String region, int zone) {
        double availability = 1;
        for (StochasticFaultSpec entry : entries) {
            boolean covers = entry.zone() == StochasticFaultSpec.ALL_ZONES || entry.zone() == zone;
            if (entry.kind().role() == AnalyticRole.ZONES && entry.regions().contains(region) && covers) {
                availability *= entry.unitAvailability();
            }
        }
        return availability;
    }

    /** A unit is up while every entry covering it is up: the product of their availabilities. */
    private static double unitAvailability(List<StochasticFaultSpec> entries, AnalyticRole role, String region,
                                           String layer) {
        double availability = 1;
        for (StochasticFaultSpec entry : entries) {
            boolean layerMatches = layer == null || layer.equals(entry.layer());
            if (entry.kind().role() == role && entry.regions().contains(region) && layerMatches) {
                availability *= entry.unitAvailability();
            }
        }
        return availability;
    }

    /** P(at least k of n independent units are up), each up with probability a. */
    static double atLeast(int k, int n, double a) {
        double p = 0;
        for (int j = k; j <= n; j++) {
            p += CombinatoricsUtils.binomialCoefficientDouble(n, j) * StrictMath.pow(a, j) * StrictMath.pow(1 - a, n - j);
        }
        return p;
    }
}
