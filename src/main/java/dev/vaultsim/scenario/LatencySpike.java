package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Service times multiplied by {@code factor}; {@code layer} null means every layer. */
public record LatencySpike(String region, String layer, double factor, long atNanos, long durationNanos)
        implements FaultSpec {

    @Override
    public FaultKind kind() {
        return FaultKind.LATENCY_SPIKE;
    }

    @Override
    public void describe(TargetParts parts) {
        parts.name("region", region);
        parts.name("layer", layer);
        parts.factor("factor", factor);
    }

    @Override
    public Runnable apply(FaultTargets targets) {
        return targets.spike(region, layer, factor);
    }

    /** Random spikes: each region a unit; the textbook answer ignores them. */
    static final class Kind implements FaultKind.Definition {
        @Override
        public FaultSpec read(FaultFields f, long atNanos, long durationNanos) {
            String region = f.region("region");
            String layer = f.string("layer");
            if (layer != null) {
                f.layer(region, layer);
            }
            return new LatencySpike(region, layer, f.factor(), atNanos, durationNanos);
        }

        @Override
        public StochasticFaultSpec readStochastic(FaultKind kind, FaultFields f, Distribution between,
                                                  Distribution repair) {
            FaultFields.Coverage covered = f.regions();
            String layer = null;
            if (f.has("layer")) {
                layer = f.requiredString("layer");
                f.layerInAll(covered.names(), layer);
            }
            return new StochasticFaultSpec(kind, covered.names(), covered.all(), layer,
                    f.factor(), between, repair);
        }

        @Override
        public void describe(StochasticFaultSpec entry, TargetParts.Coverage parts) {
            parts.regions("regions", entry.regions(), entry.allRegions());
            parts.name("layer", entry.layer());
            parts.factor("factor", entry.factor());
        }

        @Override
        public List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world, String prefix) {
            List<FaultUnit> units = new ArrayList<>();
            String layer = entry.layer();
            double factor = entry.factor();
            for (String region : entry.regions()) {
                units.add(new FaultUnit(prefix + region + (layer == null ? "" : "/" + layer),
                        targets -> targets.spike(region, layer, factor),
                        (start, end) -> new LatencySpike(region, layer, factor, start, end - start)));
            }
            return units;
        }

        @Override
        public FaultSpec decode(TargetSource source, long atNanos, long durationNanos) {
            return new LatencySpike(source.name("region"), source.name("layer"), source.factor("factor"), atNanos,
                    durationNanos);
        }
    }
}
