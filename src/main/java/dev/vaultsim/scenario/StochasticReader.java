package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.Map;

/**
 * Reads the {@code stochastic:} section: random faults drawn per unit from the seed. The two
 * distributions are read here, the target by its {@link FaultKind}.
 */
final class StochasticReader {

    private final Map<String, RegionSpec> regions;
    private final Problems problems;

    StochasticReader(Map<String, RegionSpec> regions, Problems problems) {
        this.regions = regions;
        this.problems = problems;
    }

    /** The entry, or null when its type is unknown (after a report). */
    StochasticFaultSpec read(YamlNode node, String what) {
        FaultKind kind = FaultReader.kind(node, what, "{ type: region-outage, regions: [westeurope],"
                + " timeBetweenFailures: …, timeToRepair: … }", problems);
        if (kind == null) {
            return null;
        }
        Fields f = Fields.of(node, node.mark(), what + " (" + kind.type() + ")", problems, kind.stochasticKeys());
        Distribution between = requiredDistribution(f, "timeBetweenFailures");
        Distribution repair = requiredDistribution(f, "timeToRepair");
        return kind.readStochastic(new FaultFields(f, regions, problems), between, repair);
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
}
