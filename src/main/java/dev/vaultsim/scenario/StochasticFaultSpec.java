package dev.vaultsim.scenario;

import java.util.List;

/**
 * A random fault: every unit it covers fails and is repaired independently, up for a draw of
 * {@code timeBetweenFailures}, then down for a draw of {@code timeToRepair}, and so on. The units
 * are each region (region-outage, latency-spike), each instance of the layer in each region
 * (instance-failure), each replica in each region (replica-failure), or the one link
 * (partition, whose {@code regions} are its two ends).
 *
 * @param allRegions whether the scenario wrote {@code regions: all} (then {@code regions} lists them all)
 * @param layer      the layer (instance-failure; optional for latency-spike), else null
 * @param factor     the latency multiplier (latency-spike), else 1
 */
public record StochasticFaultSpec(String type, List<String> regions, boolean allRegions, String layer, double factor,
                                  Distribution timeBetweenFailures, Distribution timeToRepair) {

    public StochasticFaultSpec {
        regions = List.copyOf(regions);
    }

    /** The steady-state share of time a unit is up: MTTF / (MTTF + MTTR). */
    public double unitAvailability() {
        double mttf = timeBetweenFailures.meanNanos();
        return mttf / (mttf + timeToRepair.meanNanos());
    }
}
