package dev.vaultsim.scenario;

import java.util.List;

/**
 * A random fault: every unit it covers fails and is repaired independently, up for a draw of
 * {@code timeBetweenFailures}, then down for a draw of {@code timeToRepair}, and so on. Its kind
 * says what the units are (each region, each instance of the layer in each region, each replica,
 * the one link whose two ends are {@code regions}).
 *
 * @param allRegions whether the scenario wrote {@code regions: all} (then {@code regions} lists them all)
 * @param layer      the layer (instance-failure; optional for latency-spike), else null
 * @param factor     the latency multiplier (latency-spike), else 1
 * @param zone       the zone (zone-outage; {@link #ALL_ZONES} for {@code zones: all}), else 0
 */
public record StochasticFaultSpec(FaultKind kind, List<String> regions, boolean allRegions, String layer,
                                  double factor, Distribution timeBetweenFailures, Distribution timeToRepair,
                                  int zone) {

    /** {@code zones: all}: every zone of every covered region is a unit. */
    public static final int ALL_ZONES = -1;

    public StochasticFaultSpec {
        regions = List.copyOf(regions);
    }

    /** An entry of a kind that names no zone. */
    public StochasticFaultSpec(FaultKind kind, List<String> regions, boolean allRegions, String layer,
                               double factor, Distribution timeBetweenFailures, Distribution timeToRepair) {
        this(kind, regions, allRegions, layer, factor, timeBetweenFailures, timeToRepair, 0);
    }

    public String type() {
        return kind.type();
    }

    /** Hands the entry's target to {@code parts}, in the order scenario files write it. */
    public void describe(TargetParts.Coverage parts) {
        kind.describe(this, parts);
    }

    /** The steady-state share of time a unit is up: MTTF / (MTTF + MTTR). */
    public double unitAvailability() {
        double mttf = timeBetweenFailures.meanNanos();
        return mttf / (mttf + timeToRepair.meanNanos());
    }
}
