package dev.vaultsim.report.html;

import java.util.List;

/**
 * The spread of availability over replications, as the confidence block reports it: one
 * availability per replication, their mean and its confidence interval.
 *
 * @param level the interval's confidence level, e.g. 0.95
 */
public record Replications(List<Double> availability, double level, double mean, double low, double high) {

    public Replications {
        availability = List.copyOf(availability);
    }
}
