package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** {@code count} replicas of the region stop, lowest-numbered healthy ones first. */
public record ReplicaFailure(String region, int count, long atNanos, long durationNanos) implements FaultSpec {

    @Override
    public FaultKind kind() {
        return FaultKind.REPLICA_FAILURE;
    }

    @Override
    public void describe(TargetParts parts) {
        parts.name("region", region);
        parts.count("count", count, "replicas");
    }

    @Override
    public Runnable apply(FaultTargets targets) {
        return targets.holdReplicas(region, count);
    }

    /** Random failures: each replica in each region a unit; writes need their quorum of them. */
    static final class Kind implements FaultKind.Definition {
        @Override
        public FaultSpec read(FaultFields f, long atNanos, long durationNanos) {
            String region = f.region("region");
            int count = f.count();
            RegionSpec spec = f.regionSpec(region);
            if (spec != null) {
                f.checkCount(count, spec.service().replicas().count(), "replicas of region '" + region + "'");
            }
            return new ReplicaFailure(region, count, atNanos, durationNanos);
        }

        @Override
        public List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world, String prefix) {
            List<FaultUnit> units = new ArrayList<>();
            for (String region : entry.regions()) {
                for (int i = 0; i < world.replicas(region); i++) {
                    int replica = i;
                    units.add(new FaultUnit(prefix + region + "/" + replica,
                            targets -> targets.holdReplica(region, replica),
                            (start, end) -> new ReplicaFailure(region, 1, start, end - start)));
                }
            }
            return units;
        }

        @Override
        public FaultSpec decode(TargetSource source, long atNanos, long durationNanos) {
            return new ReplicaFailure(source.name("region"), source.count("count"), atNanos, durationNanos);
        }
    }
}
