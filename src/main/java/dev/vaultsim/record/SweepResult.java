package dev.vaultsim.record;

import java.util.List;

/**
 * A sweep: the varied parameters and, per grid point, the values it took and its pooled result
 * (each point ran the same seed and replications, so differences are the parameters' effect).
 *
 * @param parameters the varied {@code --set} paths, in the order of the values of each point
 */
public record SweepResult(String scenario, long seed, int replications, double sloAvailability,
                          List<String> parameters, List<Point> points) {

    /** @param reportPath the point's own {@code report.json}, relative to the sweep's directory */
    public record Point(List<String> values, RunResult result, String reportPath) {
    }
}
