package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * An availability zone of a region is lost: every instance and replica placed in it is down, and
 * writes pause for the region's {@code zoneFailover.writePause}. The region stays up, so no failover.
 *
 * @param zone from 1 to the region's zones
 */
public record ZoneOutage(String region, int zone, long atNanos, long durationNanos) implements FaultSpec {

    @Override
    public FaultKind kind() {
        return FaultKind.ZONE_OUTAGE;
    }

    @Override
    public void describe(TargetParts parts) {
        parts.name("region", region);
        parts.zone("zone", zone);
    }

    @Override
    public Runnable apply(FaultTargets targets) {
        return targets.zoneDown(region, zone);
    }

    /** Random outages: each zone of each covered region a unit ({@code zones: all}), or the one zone named. */
    static final class Kind implements FaultKind.Definition {
        @Override
        public FaultSpec read(FaultFields f, long atNanos, long durationNanos) {
            String region = f.region("region");
            return new ZoneOutage(region, f.zone(region, "zone"), atNanos, durationNanos);
        }

        @Override
        public StochasticFaultSpec readStochastic(FaultKind kind, FaultFields f, Distribution between,
                                                  Distribution repair) {
            FaultFields.Coverage covered = f.regions();
            return new StochasticFaultSpec(kind, covered.names(), covered.all(), null, 1, between, repair,
                    f.zones(covered.names()));
        }

        @Override
        public void describe(StochasticFaultSpec entry, TargetParts.Coverage parts) {
            parts.regions("regions", entry.regions(), entry.allRegions());
            if (entry.zone() == StochasticFaultSpec.ALL_ZONES) {
                parts.name("zones", "all");
            } else {
                parts.zone("zones", entry.zone());
            }
        }

        @Override
        public List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world, String prefix) {
            List<FaultUnit> units = new ArrayList<>();
            for (String region : entry.regions()) {
                int first = entry.zone() == StochasticFaultSpec.ALL_ZONES ? 1 : entry.zone();
                int last = entry.zone() == StochasticFaultSpec.ALL_ZONES ? world.zones(region) : entry.zone();
                for (int z = first; z <= last; z++) {
                    int zone = z;
                    units.add(new FaultUnit(prefix + region + "/zone/" + zone,
                            targets -> targets.zoneDown(region, zone),
                            (start, end) -> new ZoneOutage(region, zone, start, end - start)));
                }
            }
            return units;
        }

        @Override
        public FaultSpec decode(TargetSource source, long atNanos, long durationNanos) {
            return new ZoneOutage(source.name("region"), source.count("zone"), atNanos, durationNanos);
        }
    }
}
