package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** {@code count} instances of a layer stop, lowest-numbered healthy ones first. */
public record InstanceFailure(String region, String layer, int count, long atNanos, long durationNanos)
        implements FaultSpec {

    @Override
    public FaultKind kind() {
        return FaultKind.INSTANCE_FAILURE;
    }

    @Override
    public void describe(TargetParts parts) {
        parts.name("region", region);
        parts.name("layer", layer);
        parts.count("count", count, "");
    }

    @Override
    public Runnable apply(FaultTargets targets) {
        return targets.holdInstances(region, layer, count);
    }

    /** Random failures: each instance of the layer in each region a unit, the layer a parallel block of them. */
    static final class Kind implements FaultKind.Definition {
        @Override
        public FaultSpec read(FaultFields f, long atNanos, long durationNanos) {
            String region = f.region("region");
            String layerName = f.requiredString("layer");
            int count = f.count();
            LayerSpec layer = f.layer(region, layerName);
            if (layer != null) {
                f.checkCount(count, layer.instances(),
                        "instances of layer '" + layerName + "' in region '" + region + "'");
            }
            return new InstanceFailure(region, layerName, count, atNanos, durationNanos);
        }

        @Override
        public StochasticFaultSpec readStochastic(FaultKind kind, FaultFields f, Distribution between,
                                                  Distribution repair) {
            FaultFields.Coverage covered = f.regions();
            String layer = f.requiredString("layer");
            f.layerInAll(covered.names(), layer);
            return new StochasticFaultSpec(kind, covered.names(), covered.all(), layer, 1,
                    between, repair);
        }

        @Override
        public void describe(StochasticFaultSpec entry, TargetParts.Coverage parts) {
            parts.regions("regions", entry.regions(), entry.allRegions());
            parts.name("layer", entry.layer());
        }

        @Override
        public List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world, String prefix) {
            List<FaultUnit> units = new ArrayList<>();
            String layer = entry.layer();
            for (String region : entry.regions()) {
                for (int i = 0; i < world.instances(region, layer); i++) {
                    int instance = i;
                    units.add(new FaultUnit(prefix + region + "/" + layer + "/" + instance,
                            targets -> targets.holdInstance(region, layer, instance),
                            (start, end) -> new InstanceFailure(region, layer, 1, start, end - start)));
                }
            }
            return units;
        }

        @Override
        public FaultSpec decode(TargetSource source, long atNanos, long durationNanos) {
            return new InstanceFailure(source.name("region"), source.name("layer"), source.count("count"), atNanos,
                    durationNanos);
        }
    }
}
