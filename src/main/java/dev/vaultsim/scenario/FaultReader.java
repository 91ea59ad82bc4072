package dev.vaultsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * Reads scheduled faults, checking their targets against the regions (and each region's own
 * service) they name. Faults that start at or after the horizon are warnings, not errors.
 */
final class FaultReader {

    static final List<String> TYPES =
            List.of("region-outage", "instance-failure", "replica-failure", "partition", "latency-spike");

    private final Map<String, RegionSpec> regions;
    private final long horizonNanos;
    private final Problems problems;

    FaultReader(Map<String, RegionSpec> regions, long horizonNanos, Problems problems) {
        this.regions = regions;
        this.horizonNanos = horizonNanos;
        this.problems = problems;
    }

    /** The fault, or null when its type is unknown (after a report). */
    FaultSpec read(YamlNode node, String what) {
        String type = type(node, what, "{ type: region-outage, region: …, at: 1h, duration: 2h }");
        if (type == null) {
            return null;
        }
        Fields f = Fields.of(node, node.mark(), what + " (" + type + ")", problems, keysOf(type));
        long at = f.requiredDuration("at", false);
        long duration = f.requiredDuration("duration", true);
        if (f.has("at") && at >= horizonNanos) {
            problems.warn(f.markOf("at"), what + " (" + type + ") starts at " + Durations.format(at)
                    + ", at or after the end of the scenario (" + Durations.format(horizonNanos)
                    + "); it will not happen");
        }
        return switch (type) {
            case "region-outage" -> new FaultSpec.RegionOutage(region(f, "region"), at, duration);
            case "instance-failure" -> instanceFailure(f, at, duration);
            case "replica-failure" -> replicaFailure(f, at, duration);
            case "partition" -> partition(f, at, duration);
            default -> latencySpike(f, at, duration);
        };
    }

    /** The entry's fault type, or null (after a report) when the entry is not a map or has no known type. */
    String type(YamlNode node, String what, String example) {
        if (!(node instanceof YamlNode.YamlMap)) {
            problems.add(node.mark(), what + " is " + node.kind() + "; expected a map such as " + example);
            return null;
        }
        Fields typeOnly = Fields.of(node, node.mark(), what, new Problems(), "type");
        String type = typeOnly.has("type") ? typeOnly.text(typeOnly.node("type"), "type", "a fault type") : "";
        if (!TYPES.contains(type)) {
            problems.add(typeOnly.markOf("type"), (type.isEmpty() ? "missing fault type" : "unknown fault type '"
                    + type + "'") + " in " + what + "; expected type: one of " + String.join(", ", TYPES));
            return null;
        }
        return type;
    }

    private static String[] keysOf(String type) {
        return switch (type) {
            case "region-outage" -> new String[] {"type", "region", "at", "duration"};
            case "instance-failure" -> new String[] {"type", "region", "layer", "count", "at", "duration"};
            case "replica-failure" -> new String[] {"type", "region", "count", "at", "duration"};
            case "partition" -> new String[] {"type", "between", "at", "duration"};
            default -> new String[] {"type", "region", "layer", "factor", "at", "duration"};
        };
    }

    private FaultSpec instanceFailure(Fields f, long at, long duration) {
        String region = region(f, "region");
        String layerName = f.requiredString("layer");
        int count = f.integer("count", 1, 1);
        LayerSpec layer = layer(f, region, layerName);
        if (layer != null && count > layer.instances()) {
            problems.add(f.markOf("count"), "count " + count + " in " + f.what() + " is above the "
                    + layer.instances() + " instances of layer '" + layerName + "' in region '" + region
                    + "'; expected count ≤ " + layer.instances());
        }
        return new FaultSpec.InstanceFailure(region, layerName, count, at, duration);
    }

    private FaultSpec replicaFailure(Fields f, long at, long duration) {
        String region = region(f, "region");
        int count = f.integer("count", 1, 1);
        RegionSpec spec = regions.get(region);
        if (spec != null && count > spec.service().replicas().count()) {
            int replicas = spec.service().replicas().count();
            problems.add(f.markOf("count"), "count " + count + " in " + f.what() + " is above the " + replicas
                    + " replicas of region '" + region + "'; expected count ≤ " + replicas);
        }
        return new FaultSpec.ReplicaFailure(region, count, at, duration);
    }

    private FaultSpec partition(Fields f, long at, long duration) {
        List<String> ends = partitionEnds(f);
        return ends.isEmpty() ? new FaultSpec.Partition("", "", at, duration)
                : new FaultSpec.Partition(ends.get(0), ends.get(1), at, duration);
    }

    /** The two regions of {@code between:}, or an empty list (after a report) when it does not name two. */
    List<String> partitionEnds(Fields f) {
        YamlNode between = f.required("between");
        List<YamlNode> ends = f.list("between");
        if (between == null) {
            return List.of();
        }
        if (ends.size() != 2) {
            problems.add(between.mark(), "between in " + f.what() + " names " + ends.size()
                    + " regions; expected two regions, e.g. [westeurope, northeurope]");
            return List.of();
        }
        String a = regionName(ends.get(0), f.what());
        String b = regionName(ends.get(1), f.what());
        if (a.equals(b) && !a.isEmpty()) {
            problems.add(ends.get(1).mark(), "partition between '" + a + "' and itself in " + f.what()
                    + "; expected two different regions");
        }
        return List.of(a, b);
    }

    private FaultSpec latencySpike(Fields f, long at, long duration) {
        String region = region(f, "region");
        String layerName = f.string("layer", null);
        if (layerName != null) {
            layer(f, region, layerName);
        }
        YamlNode factor = f.required("factor");
        double value = factor == null ? 1 : Values.number(factor, "factor in " + f.what(), 0, Double.MAX_VALUE,
                true, 1, problems);
        return new FaultSpec.LatencySpike(region, layerName, value, at, duration);
    }

    private String region(Fields f, String key) {
        YamlNode node = f.required(key);
        return node == null ? "" : regionName(node, f.what());
    }

    String regionName(YamlNode node, String what) {
        String name = Values.scalar(node, "a region of " + what, "a region name", problems);
        if (name != null && !regions.containsKey(name)) {
            problems.add(node.mark(), "unknown region '" + name + "' in " + what + "; expected one of: "
                    + String.join(", ", regions.keySet()));
        }
        return name == null ? "" : name;
    }

    private LayerSpec layer(Fields f, String region, String layerName) {
        RegionSpec spec = regions.get(region);
        if (spec == null || !f.readable("layer")) {
            return null;
        }
        for (LayerSpec layer : spec.service().layers()) {
            if (layer.name().equals(layerName)) {
                return layer;
            }
        }
        problems.add(f.markOf("layer"), "unknown layer '" + layerName + "' in region '" + region + "' for "
                + f.what() + "; expected one of: "
                + String.join(", ", spec.service().layers().stream().map(LayerSpec::name).toList()));
        return null;
    }
}
