package dev.vaultsim.report.html;

import dev.vaultsim.record.Confidence;

import java.util.List;

/**
 * The spread of availability over replications, as the strip plot draws it: one availability per
 * replication, their mean and its confidence interval ({@code low} and {@code high} null when
 * there are too few replications for one).
 *
 * @param level the interval's confidence level, e.g. 0.95
 */
public record Replications(List<Double> availability, double level, double mean, Double low, Double high) {

    public Replications {
        availability = List.copyOf(availability);
    }

    /** The overall availability of a run's confidence block. */
    public static Replications of(Confidence confidence) {
        return new Replications(confidence.replicationAvailability(), confidence.level(),
                confidence.availability().mean(), confidence.availability().low(), confidence.availability().high());
    }

    boolean hasInterval() {
        return low != null && high != null;
    }
}
