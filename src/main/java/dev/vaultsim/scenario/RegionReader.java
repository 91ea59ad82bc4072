package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlMerge;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads regions, each with its effective service (its own {@code service:} merged over the
 * top-level one), then checks pairs: known, mutual, same geography, far enough apart.
 */
final class RegionReader {

    /** 150 miles, the document's minimum distance between paired regions. */
    static final double MIN_PAIR_KM = 241.4;

    private RegionReader() {
    }

    /** The regions by name, in file order. */
    static Map<String, RegionSpec> read(Fields top, YamlNode topService, Problems problems,
                                        RevisionReading revision) {
        Map<String, RegionSpec> regions = new LinkedHashMap<>();
        List<Fields> fields = new ArrayList<>();
        for (ScenarioLoader.IndexedNode item : ScenarioLoader.required(top, "regions")) {
            String what = "regions[" + item.index() + "]";
            Fields f = Fields.of(item.node(), item.node().mark(), what, problems,
                    "name", "geography", "location", "pair", "service", "zones");
            String name = f.requiredString("name");
            YamlNode service = YamlMerge.merge(topService, f.node("service"));
            RevisionReading reading = revision.under(what + ".");
            int implied = revision.revision().zones();
            int zones = reading.resolve(f, "zones", "zones", implied == 1 ? null : implied, 1,
                    String::valueOf, () -> f.integer("zones", 1, 1));
            RegionSpec region = new RegionSpec(name, f.requiredString("geography"), location(f),
                    f.string("pair", null), ServiceReader.read(service, f.mark(), "service", problems, reading),
                    zones);
            ScenarioLoader.unique(!regions.containsKey(name), item.node(), "region", name, problems);
            if (!regions.containsKey(name)) {
                regions.put(name, region);
                fields.add(f);
            }
        }
        for (Fields f : fields) {
            checkPair(f, regions, problems);
        }
        return regions;
    }

    private static Location location(Fields region) {
        if (region.required("location") == null) {
            return new Location(0, 0);
        }
        Fields f = Fields.of(region.node("location"), region.mark(), "location of " + region.what(),
                region.problems(), "lat", "lon");
        double lat = coordinate(f, "lat", 90);
        double lon = coordinate(f, "lon", 180);
        return new Location(lat, lon);
    }

    private static double coordinate(Fields f, String key, double limit) {
        YamlNode node = f.required(key);
        return node == null ? 0 : Values.number(node, key + " in " + f.what(), -limit, limit, false, 0, f.problems());
    }

    private static void checkPair(Fields f, Map<String, RegionSpec> regions, Problems problems) {
        String name = f.string("name", "");
        RegionSpec region = regions.get(name);
        String pairName = region.pair();
        // "" is a pair that was not a name, reported once where it is read, not again as unknown or one-sided.
        if (pairName == null || pairName.isEmpty()) {
            return;
        }
        RegionSpec pair = regions.get(pairName);
        String at = "pair '" + pairName + "' of region '" + name + "'";
        if (pair == null) {
            problems.add(f.markOf("pair"), "unknown region '" + pairName + "' as pair of region '" + name
                    + "'; expected one of: " + String.join(", ", regions.keySet()));
        } else if (pairName.equals(name)) {
            problems.add(f.markOf("pair"), "region '" + name + "' is paired with itself; expected another region");
        } else if (!name.equals(pair.pair()) && !"".equals(pair.pair())) {
            problems.add(f.markOf("pair"), at + " is paired with " + (pair.pair() == null ? "no region"
                    : "'" + pair.pair() + "'") + "; expected mutual pairs (" + pairName + " pair: " + name + ")");
        } else {
            checkPairPlacement(f, region, pair, at, problems);
        }
    }

    private static void checkPairPlacement(Fields f, RegionSpec region, RegionSpec pair, String at,
                                           Problems problems) {
        if (!region.geography().equals(pair.geography())) {
            problems.add(f.markOf("pair"), at + " is in geography '" + pair.geography() + "', not '"
                    + region.geography() + "'; expected paired regions in the same geography");
        }
        double km = GreatCircle.distanceKm(region.location(), pair.location());
        if (km < MIN_PAIR_KM) {
            problems.add(f.markOf("pair"), String.format(java.util.Locale.ROOT,
                    "%s is %.1f km away; expected paired regions at least 241.4 km (150 miles) apart", at, km));
        }
    }
}
