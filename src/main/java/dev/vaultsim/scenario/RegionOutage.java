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
        public AnalyticRole role() {
            return AnalyticRole.FAILOVER_CHAIN;
        }

        @Override
        public List<String> keys() {
            return List.of("region");
        }

        @Override
        public List<String> stochasticKeys() {
            return List.of("regions");
        }

        @Override
        public FaultSpec read(FaultFields f, long atNanos, long durationNanos) {
            return new RegionOutage(f.region("region"), atNanos, durationNanos);
        }

        @Override
        public StochasticFaultSpec readStochastic(FaultFields f, Distribution between, Distribution repair) {
            FaultFields.Coverage covered = f.regions();
            return new StochasticFaultSpec(FaultKind.REGION_OUTAGE, covered.names(), covered.all(), null, 1, between,
                    repair);
        }

        @Override
        public void describe(StochasticFaultSpec entry, TargetParts.Coverage parts) {
            parts.regions("regions", entry.regions(), entry.allRegions());
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
