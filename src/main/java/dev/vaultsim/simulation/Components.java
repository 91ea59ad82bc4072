package dev.vaultsim.simulation;

import dev.vaultsim.scenario.AnalyticRole;
import dev.vaultsim.scenario.LayerSpec;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.scenario.RegionSpec;
import dev.vaultsim.scenario.StochasticFaultSpec;
import org.apache.commons.math3.util.CombinatoricsUtils;

import java.util.List;

/** The availability of a region's components for one operation: parallel instances per layer, layers in series, a replica quorum. */
final class Components {

    private Components() {
    }

    static double availability(RegionSpec region, Operation operation, List<StochasticFaultSpec> entries) {
        double availability = 1;
        for (LayerSpec layer : region.service().layers()) {
            if (layer.appliesTo(operation)) {
                double instance = unitAvailability(entries, AnalyticRole.PARALLEL_INSTANCES, region.name(), layer.name());
                availability *= atLeast(1, layer.instances(), instance);
            }
        }
        double replica = unitAvailability(entries, AnalyticRole.REPLICA_QUORUM, region.name(), null);
        int count = region.service().replicas().count();
        int needed = operation.isWrite() ? region.service().replicas().writeQuorum() : 1;
        return availability * atLeast(needed, count, replica);
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
