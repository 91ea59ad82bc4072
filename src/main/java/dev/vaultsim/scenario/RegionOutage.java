package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** The whole region is unreachable: its instances, replicas and links. */
public record RegionOutage(String region, long atNanos, long durationNanos) implements FaultSpec {

    @Override
    public FaultKind kind() {
        return FaultKind.REGION_OUTAGE;
    }

    @Override
    public void describe(TargetParts parts) {
        parts.name("region", region);
    }

    @Override
    public Runnable apply(FaultTargets targets) {
        return targets.regionDown(region);
    }

    /** Random outages: each region a unit; the textbook answer runs them through the failover chain. */
    static final class Kind implements FaultKind.Definition {
        @Override
        public FaultSpec read(FaultFields f, long atNanos, long durationNanos) {
            return new RegionOutage(f.region("region"), atNanos, durationNanos);
        }

        @Override
        public List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world, String prefix) {
            List<FaultUnit> units = new ArrayList<>();
            for (String region : entry.regions()) {
                units.add(new FaultUnit(prefix + region, targets -> targets.regionDown(region),
                        (start, end) -> new RegionOutage(region, start, end - start)));
            }
            return units;
        }

        @Override
        public FaultSpec decode(TargetSource source, long atNanos, long durationNanos) {
            return new RegionOutage(source.name("region"), atNanos, durationNanos);
        }
    }
}
