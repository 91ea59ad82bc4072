package dev.vaultsim.scenario;

import java.util.List;

/** The link between two regions drops: replication and cross-region client traffic. */
public record Partition(String regionA, String regionB, long atNanos, long durationNanos) implements FaultSpec {

    @Override
    public FaultKind kind() {
        return FaultKind.PARTITION;
    }

    @Override
    public void describe(TargetParts parts) {
        parts.link("between", regionA, regionB);
    }

    @Override
    public Runnable apply(FaultTargets targets) {
        return targets.partition(regionA, regionB);
    }

    /** Random partitions: the one link a unit; the textbook answer ignores them. */
    static final class Kind implements FaultKind.Definition {
        @Override
        public FaultSpec read(FaultFields f, long atNanos, long durationNanos) {
            List<String> ends = f.between();
            return ends.isEmpty() ? new Partition("", "", atNanos, durationNanos)
                    : new Partition(ends.get(0), ends.get(1), atNanos, durationNanos);
        }

        @Override
        public StochasticFaultSpec readStochastic(FaultKind kind, FaultFields f, Distribution between,
                                                  Distribution repair) {
            return new StochasticFaultSpec(kind, f.between(), false, null, 1, between, repair);
        }

        @Override
        public void describe(StochasticFaultSpec entry, TargetParts.Coverage parts) {
            parts.link("between", entry.regions().get(0), entry.regions().get(1));
        }

        @Override
        public List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world, String prefix) {
            String a = entry.regions().get(0);
            String b = entry.regions().get(1);
            return List.of(new FaultUnit(prefix + a + "/" + b, targets -> targets.partition(a, b),
                    (start, end) -> new Partition(a, b, start, end - start)));
        }

        @Override
        public FaultSpec decode(TargetSource source, long atNanos, long durationNanos) {
            return new Partition(source.end("between", 0), source.end("between", 1), atNanos, durationNanos);
        }
    }
}
