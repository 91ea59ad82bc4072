package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@code stochastic:} section: random faults drawn per unit from the seed. */
final class StochasticReader {

    private final Map<String, RegionSpec> regions;
    private final Problems problems;
    private final FaultReader faults;

    StochasticReader(Map<String, RegionSpec> regions, Problems problems) {
        this.regions = regions;
        this.problems = problems;
        // Horizon warnings are for scheduled faults only; the reader is borrowed for types and regions.
        this.faults = new FaultReader(regions, Long.MAX_VALUE, problems);
    }

    /** The entry, or null when its type is unknown (after a report). */
    StochasticFaultSpec read(YamlNode node, String what) {
        String type = faults.type(node, what, "{ type: region-outage, regions: [westeurope],"
                + " timeBetweenFailures: …, timeToRepair: … }");
        if (type == null) {
            return null;
        }
        Fields f = Fields.of(node, node.mark(), what + " (" + type + ")", problems, keysOf(type));
        Distribution between = requiredDistribution(f, "timeBetweenFailures");
        Distribution repair = requiredDistribution(f, "timeToRepair");
        boolean all = false;
        List<String> covered;
        if (type.equals("partition")) {
            covered = faults.partitionEnds(f);
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
            String name = faults.regionName(item, f.what());
            if (name.isEmpty() || !regions.containsKey(name)) {
                continue;
            }
            if (names.contains(name)) {
                problems.add(item.mark(), "region '" + name + "' listed twice in " + f.what()
                        + "; expected each region once");
            } else {
                names.add(name);
            }
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
