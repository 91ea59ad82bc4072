package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.Map;

/**
 * Reads scheduled faults: the type, the window and its horizon warning here, the target by its
 * {@link FaultKind}. Faults that start at or after the horizon are warnings, not errors.
 */
final class FaultReader {

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
        FaultKind kind = kind(node, what, "{ type: region-outage, region: …, at: 1h, duration: 2h }", problems);
        if (kind == null) {
            return null;
        }
        Fields f = Fields.of(node, node.mark(), what + " (" + kind.type() + ")", problems, kind.keys());
        long at = f.requiredDuration("at", false);
        long duration = f.requiredDuration("duration", true);
        if (f.has("at") && at >= horizonNanos) {
            problems.warn(f.markOf("at"), what + " (" + kind.type() + ") starts at " + Durations.format(at)
                    + ", at or after the end of the scenario (" + Durations.format(horizonNanos)
                    + "); it will not happen");
        }
        return kind.read(new FaultFields(f, regions, problems), at, duration);
    }

    /** The entry's kind, or null (after a report) when the entry is not a map or has no known type. */
    static FaultKind kind(YamlNode node, String what, String example, Problems problems) {
        if (!(node instanceof YamlNode.YamlMap)) {
            problems.add(node.mark(), what + " is " + node.kind() + "; expected a map such as " + example);
            return null;
        }
        Fields typeOnly = Fields.of(node, node.mark(), what, new Problems(), "type");
        String type = typeOnly.has("type") ? typeOnly.text(typeOnly.node("type"), "type", "a fault type") : "";
        FaultKind kind = FaultKind.named(type);
        if (kind == null) {
            problems.add(typeOnly.markOf("type"), (type.isEmpty() ? "missing fault type" : "unknown fault type '"
                    + type + "'") + " in " + what + "; expected type: one of " + FaultKind.types());
        }
        return kind;
    }
}
