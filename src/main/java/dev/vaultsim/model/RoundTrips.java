package dev.vaultsim.model;

import dev.vaultsim.scenario.GreatCircle;
import dev.vaultsim.scenario.NetworkSpec;
import dev.vaultsim.scenario.RegionSpec;

import java.util.List;

/**
 * Round-trip times between regions, from great-circle distance:
 * {@code 2 × distance × routeFactor / fiberKmPerMs + baseRtt}. Computed once per run.
 */
public final class RoundTrips {

    private final long[][] nanos;

    public RoundTrips(List<RegionSpec> regions, NetworkSpec network) {
        int n = regions.size();
        nanos = new long[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double km = GreatCircle.distanceKm(regions.get(a).location(), regions.get(b).location());
                double millis = 2 * km * network.routeFactor() / network.fiberKmPerMs();
                nanos[a][b] = Math.round(millis * 1e6) + network.baseRttNanos();
            }
        }
    }

    public long between(Region a, Region b) {
        return nanos[a.index()][b.index()];
    }
}
