package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One fault entry's YAML keys with the checks fault targets share: regions that exist, layers that
 * exist in those regions, counts within what the region has. Each kind reads its own keys through
 * these, so every kind words the same mistake the same way.
 */
final class FaultFields {

    /** The regions a stochastic entry covers; {@code all} when it wrote {@code regions: all}. */
    record Coverage(List<String> names, boolean all) {
    }

    private final Fields fields;
    private final Map<String, RegionSpec> regions;
    private final Problems problems;

    FaultFields(Fields fields, Map<String, RegionSpec> regions, Problems problems) {
        this.fields = fields;
        this.regions = regions;
        this.problems = problems;
    }

    boolean has(String key) {
        return fields.has(key);
    }

    String requiredString(String key) {
        return fields.requiredString(key);
    }

    String string(String key) {
        return fields.string(key, null);
    }

    int count() {
        return fields.integer("count", 1, 1);
    }

    /** A required region name, "" (after a report) when missing or unknown. */
    String region(String key) {
        YamlNode node = fields.required(key);
        return node == null ? "" : regionName(node);
    }

    /** The two regions of {@code between:}, or an empty list (after a report) when it does not name two. */
    List<String> between() {
        YamlNode between = fields.required("between");
        List<YamlNode> ends = fields.list("between");
        if (between == null) {
            return List.of();
        }
        if (ends.size() != 2) {
            problems.add(between.mark(), "between in " + fields.what() + " names " + ends.size()
                    + " regions; expected two regions, e.g. [westeurope, northeurope]");
            return List.of();
        }
        String a = regionName(ends.get(0));
        String b = regionName(ends.get(1));
        if (a.equals(b) && !a.isEmpty()) {
            problems.add(ends.get(1).mark(), "partition between '" + a + "' and itself in " + fields.what()
                    + "; expected two different regions");
        }
        return List.of(a, b);
    }

    /** The {@code regions:} of a stochastic entry: {@code all}, or a list of known regions, each once. */
    Coverage regions() {
        YamlNode node = fields.required("regions");
        if (node instanceof YamlNode.YamlScalar scalar && "all".equals(scalar.text())) {
            return new Coverage(List.copyOf(regions.keySet()), true);
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : fields.list("regions")) {
            String name = regionName(item);
            if (name.isEmpty() || !regions.containsKey(name)) {
                continue;
            }
            if (names.contains(name)) {
                problems.add(item.mark(), "region '" + name + "' listed twice in " + fields.what()
                        + "; expected each region once");
            } else {
                names.add(name);
            }
        }
        return new Coverage(names, false);
    }

    private String regionName(YamlNode node) {
        String name = Values.scalar(node, "a region of " + fields.what(), "a region name", problems);
        if (name != null && !regions.containsKey(name)) {
            problems.add(node.mark(), "unknown region '" + name + "' in " + fields.what() + "; expected one of: "
                    + String.join(", ", regions.keySet()));
        }
        return name == null ? "" : name;
    }

    /** The layer of a known region, or null (after a report) when the region lacks it. */
    LayerSpec layer(String region, String layerName) {
        RegionSpec spec = regions.get(region);
        if (spec == null || !fields.readable("layer")) {
            return null;
        }
        for (LayerSpec layer : spec.service().layers()) {
            if (layer.name().equals(layerName)) {
                return layer;
            }
        }
        unknownLayer(spec, layerName);
        return null;
    }

    /** Checks that every covered region has the layer; the first that lacks it is reported (one message is enough). */
    void layerInAll(List<String> covered, String layerName) {
        for (String region : covered) {
            RegionSpec spec = regions.get(region);
            if (spec != null && spec.service().layers().stream().noneMatch(l -> l.name().equals(layerName))) {
                unknownLayer(spec, layerName);
                return;
            }
        }
    }

    private void unknownLayer(RegionSpec spec, String layerName) {
        problems.add(fields.markOf("layer"), "unknown layer '" + layerName + "' in region '" + spec.name() + "' for "
                + fields.what() + "; expected one of: "
                + String.join(", ", spec.service().layers().stream().map(LayerSpec::name).toList()));
    }

    /** Reports a {@code count} above the {@code available} units ("instances of layer 'hsm'"). */
    void checkCount(int count, int available, String units) {
        if (count > available) {
            problems.add(fields.markOf("count"), "count " + count + " in " + fields.what() + " is above the "
                    + available + " " + units + "; expected count ≤ " + available);
        }
    }

    /**
     * The zone under {@code key} of a region that has zones, from 1 to its zones; 0 (after a report)
     * when the region has none or the zone is out of range.
     */
    int zone(String region, String key) {
        YamlNode node = fields.required(key);
        RegionSpec spec = regions.get(region);
        if (node == null || spec == null) {
            return 0;
        }
        int zone = Values.integer(node, key + " in " + fields.what(), 1, 0, problems);
        return zone != 0 && withinZones(spec, node, zone) ? zone : 0;
    }

    /** {@code zones:} of a stochastic zone-outage: {@code all}, or one zone every covered region has. */
    int zones(List<String> covered) {
        YamlNode node = fields.required("zones");
        if (node == null) {
            return 0;
        }
        if (node instanceof YamlNode.YamlScalar scalar && "all".equals(scalar.text())) {
            covered.stream().map(regions::get).filter(spec -> spec != null)
                    .forEach(spec -> withinZones(spec, node, 1));
            return StochasticFaultSpec.ALL_ZONES;
        }
        int zone = Values.integer(node, "zones in " + fields.what(), 1, 0, problems);
        if (zone == 0) {
            return 0;
        }
        for (String region : covered) {
            if (regions.get(region) != null && !withinZones(regions.get(region), node, zone)) {
                return 0;
            }
        }
        return zone;
    }

    private boolean withinZones(RegionSpec spec, YamlNode node, int zone) {
        if (spec.zones() < 2) {
            problems.add(node.mark(), "region '" + spec.name() + "' has no availability zones in " + fields.what()
                    + "; expected a region with zones: 2 or more (zone outages need zones)");
            return false;
        }
        if (zone < 1 || zone > spec.zones()) {
            problems.add(node.mark(), "zone " + zone + " in " + fields.what() + " is not a zone of region '"
                    + spec.name() + "'; expected a zone from 1 to " + spec.zones() + " (or all, for a stochastic entry)");
            return false;
        }
        return true;
    }

    RegionSpec regionSpec(String region) {
        return regions.get(region);
    }

    double factor() {
        YamlNode factor = fields.required("factor");
        return factor == null ? 1 : Values.number(factor, "factor in " + fields.what(), 0, Double.MAX_VALUE, true, 1,
                problems);
    }
}
