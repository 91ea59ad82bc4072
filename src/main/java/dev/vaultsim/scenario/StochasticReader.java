package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@code stochastic:} section: random faults drawn per unit from the seed. */
final class StochasticReader {

    private final Map<String, RegionSpec> regions;
    private final Problems problems;

    StochasticReader(Map<String, RegionSpec> regions, Problems problems) {
        this.regions = regions;
        this.problems = problems;
    }

    /** The entry, or null when its type is unknown (after a report). */
    StochasticFaultSpec read(YamlNode node, String what) {
        if (!(node instanceof YamlNode.YamlMap)) {
            problems.add(node.mark(), what + " is " + node.kind() + "; expected a map such as { type: region-outage,"
                    + " regions: [westeurope], timeBetweenFailures: …, timeToRepair: … }");
            return null;
        }
        Fields typeOnly = Fields.of(node, node.mark(), what, new Problems(), "type");
        String type = typeOnly.has("type") ? typeOnly.text(typeOnly.node("type"), "type", "a fault type") : "";
        if (!FaultReader.TYPES.contains(type)) {
            problems.add(typeOnly.markOf("type"), (type.isEmpty() ? "missing fault type" : "unknown fault type '"
                    + type + "'") + " in " + what + "; expected type: one of " + String.join(", ", FaultReader.TYPES));
            return null;
        }
        Fields f = Fields.of(node, node.mark(), what + " (" + type + ")", problems, keysOf(type));
        Distribution between = requiredDistribution(f, "timeBetweenFailures");
        Distribution repair = requiredDistribution(f, "timeToRepair");
        boolean all = false;
        List<String> covered;
        if (type.equals("partition")) {
            covered = partitionEnds(f);
        } else {
            YamlNode regionsNode = f.required("regions");
            all = regionsNode instanceof YamlNode.YamlScalar scalar && "all".equals(scalar.text());
            covered = all ? List.copyOf(regions.keySet()) : regionNames(f);
        }
        String layer = null;
        if (type.equals("instance-failure") || (type.equals("latency-spike") && f.has("layer"))) {
            layer = f.requiredString("layer");
            checkLayer(f, covered, layer);
        }
        double factor = 1;
        if (type.equals("latency-spike")) {
            YamlNode node1 = f.required("factor");
            factor = node1 == null ? 1 : Values.number(node1, "factor in " + f.what(), 0, Double.MAX_VALUE, true, 1,
                    problems);
        }
        return new StochasticFaultSpec(type, covered, all, layer, factor, between, repair);
    }

    private static String[] keysOf(String type) {
        return switch (type) {
            case "instance-failure" -> new String[] {"type", "regions", "layer", "timeBetweenFailures", "timeToRepair"};
            case "partition" -> new String[] {"type", "between", "timeBetweenFailures", "timeToRepair"};
            case "latency-spike" ->
                    new String[] {"type", "regions", "layer", "factor", "timeBetweenFailures", "timeToRepair"};
            default -> new String[] {"type", "regions", "timeBetweenFailures", "timeToRepair"};
        };
    }

    private Distribution requiredDistribution(Fields f, String key) {
        YamlNode node = f.required(key);
        if (node == null) {
            return new Distribution.Constant(1);
        }
        Distribution distribution = f.distribution(key, new Distribution.Constant(1));
        if (!(distribution.meanNanos() > 0)) {
            problems.add(node.mark(), key + " in " + f.what() + " has a mean of zero; expected a positive mean");
        }
        return distribution;
    }

    private List<String> regionNames(Fields f) {
        List<String> names = new ArrayList<>();
        for (YamlNode item : f.list("regions")) {
            String name = Values.scalar(item, "a region of " + f.what(), "a region name", problems);
            if (name == null) {
                continue;
            }
            if (!regions.containsKey(name)) {
                problems.add(item.mark(), "unknown region '" + name + "' in " + f.what() + "; expected one of: "
                        + String.join(", ", regions.keySet()) + ", or regions: all");
            } else if (names.contains(name)) {
                problems.add(item.mark(), "region '" + name + "' listed twice in " + f.what()
                        + "; expected each region once");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private List<String> partitionEnds(Fields f) {
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
        List<String> names = new ArrayList<>();
        for (YamlNode end : ends) {
            String name = Values.scalar(end, "a region of " + f.what(), "a region name", problems);
            if (name != null && !regions.containsKey(name)) {
                problems.add(end.mark(), "unknown region '" + name + "' in " + f.what() + "; expected one of: "
                        + String.join(", ", regions.keySet()));
            }
            names.add(name == null ? "" : name);
        }
        if (names.get(0).equals(names.get(1)) && !names.get(0).isEmpty()) {
            problems.add(ends.get(1).mark(), "partition between '" + names.get(0) + "' and itself in " + f.what()
                    + "; expected two different regions");
        }
        return names;
    }

    /** Reports the first region that lacks the layer (one message is enough). */
    private void checkLayer(Fields f, List<String> covered, String layer) {
        for (String region : covered) {
            RegionSpec spec = regions.get(region);
            if (spec != null && spec.service().layers().stream().noneMatch(l -> l.name().equals(layer))) {
                problems.add(f.markOf("layer"), "unknown layer '" + layer + "' in region '" + region + "' for "
                        + f.what() + "; expected one of: "
                        + String.join(", ", spec.service().layers().stream().map(LayerSpec::name).toList()));
                return;
            }
        }
    }
}
