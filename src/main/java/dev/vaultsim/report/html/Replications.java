package dev.vaultsim.report.html;

import dev.vaultsim.record.Confidence;

import java.util.List;
import java.util.Objects;

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

    /**
     * The overall availability of a run's confidence block; replications without requests (a null
     * availability) are left out, as they are of the interval. Needs at least one with requests.
     */
    public static Replications of(Confidence confidence) {
        List<Double> withRequests = confidence.replicationAvailability().stream().filter(Objects::nonNull).toList();
        return new Replications(withRequests, confidence.level(),
                confidence.availability().mean(), confidence.availability().low(), confidence.availability().high());
    }

    boolean hasInterval() {
        return low != null && high != null;
    }
}
