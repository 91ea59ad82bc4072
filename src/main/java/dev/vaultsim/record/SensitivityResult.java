package dev.vaultsim.record;

import java.util.List;

/**
 * One-at-a-time sensitivity: the metric at the scenario's own values, and for each parameter at
 * its low and high value with the others left alone, ranked by the size of the effect.
 *
 * @param metric     availability, read, write or downtime (minutes per month)
 * @param difference high minus low, with the interval of the paired per-replication differences
 */
public record SensitivityResult(String scenario, long seed, int replications, String metric, double sloAvailability,
                                Interval base, List<Effect> effects) {

    public record Effect(String parameter, String low, String high, Interval atLow, Interval atHigh,
                         Interval difference) {
    }
}
