package dev.vaultsim.scenario;

import dev.vaultsim.scenario.Distribution.Constant;
import dev.vaultsim.scenario.Distribution.Empirical;
import dev.vaultsim.scenario.Distribution.Exponential;
import dev.vaultsim.scenario.Distribution.LogNormal;
import dev.vaultsim.scenario.Distribution.Uniform;
import dev.vaultsim.scenario.Distribution.Weibull;
import dev.vaultsim.scenario.yaml.Numbers;
import dev.vaultsim.scenario.yaml.Problem;
import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.ScenarioException;
import dev.vaultsim.scenario.yaml.YamlEmitter;
import dev.vaultsim.scenario.yaml.YamlNode.YamlMap;
import dev.vaultsim.scenario.yaml.YamlNode;
import dev.vaultsim.scenario.yaml.YamlReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Distributions as scenario files write them (a duration alone, or a one-key map naming the
 * family), read into {@link Distribution} records and turned back into the same shape.
 */
public final class Distributions {

    static final String EXPECTED = "a duration (5ms) or one of { exponential: { mean } }, "
            + "{ lognormal: { median, p99 } }, { lognormal: { mu, sigma } }, { weibull: { shape, scale } }, "
            + "{ uniform: { min, max } }, { empirical: [ durations ] }";

    private static final Distribution BAD = new Constant(0);

    private Distributions() {
    }

    /** The distribution a node describes, or a zero constant after reporting what is wrong. */
    static Distribution read(YamlNode node, String what, Problems problems) {
        if (!(node instanceof YamlMap map)) {
            if (node instanceof YamlNode.YamlList) {
                problems.add(node.mark(), what + " is a list; expected " + EXPECTED);
                return BAD;
            }
            return new Constant(Values.duration(node, what, false, 0, problems));
        }
        if (map.entries().size() != 1) {
            problems.add(node.mark(), what + " has " + map.entries().size() + " keys; expected " + EXPECTED);
            return BAD;
        }
        YamlNode.Entry family = map.entries().get(0);
        String inner = family.key() + " " + what;
        YamlNode params = family.value();
        return switch (family.key()) {
            case "exponential" -> exponential(Fields.of(params, family.keyMark(), inner, problems, "mean"));
            case "lognormal" -> lognormal(Fields.of(params, family.keyMark(), inner, problems,
                    "median", "p99", "mu", "sigma"));
            case "weibull" -> weibull(Fields.of(params, family.keyMark(), inner, problems, "shape", "scale"));
            case "uniform" -> uniform(Fields.of(params, family.keyMark(), inner, problems, "min", "max"));
            case "empirical" -> empirical(params, inner, problems);
            default -> {
                problems.add(family.keyMark(), "unknown distribution '" + family.key() + "' in " + what
                        + "; expected one of: exponential, lognormal, weibull, uniform, empirical");
                yield BAD;
            }
        };
    }

    private static Distribution exponential(Fields f) {
        return new Exponential(f.requiredDuration("mean", true));
    }

    private static Distribution lognormal(Fields f) {
        boolean byQuantiles = f.has("median") || f.has("p99");
        if (byQuantiles && (f.has("mu") || f.has("sigma"))) {
            f.problems().add(f.mark(), f.what() + " mixes median/p99 with mu/sigma; expected one pair");
            return BAD;
        }
        if (byQuantiles || !f.has("mu")) {
            long median = f.requiredDuration("median", true);
            long p99 = f.requiredDuration("p99", true);
            if (median <= 0 || p99 <= 0) {
                return BAD;
            }
            if (p99 <= median) {
                f.problems().add(f.markOf("p99"), "p99 " + Durations.format(p99) + " of " + f.what()
                        + " is not above its median " + Durations.format(median) + "; expected p99 > median");
                return BAD;
            }
            return LogNormal.ofMedianP99(median, p99);
        }
        YamlNode mu = f.required("mu");
        double muValue = mu == null ? 0 : Values.number(mu, "mu in " + f.what(), -Double.MAX_VALUE,
                Double.MAX_VALUE, false, 0, f.problems());
        YamlNode sigma = f.required("sigma");
        double sigmaValue = sigma == null ? 1 : Values.number(sigma, "sigma in " + f.what(), 0,
                Double.MAX_VALUE, true, 1, f.problems());
        return new LogNormal(muValue, sigmaValue, 0, 0);
    }

    private static Distribution weibull(Fields f) {
        YamlNode shape = f.required("shape");
        double shapeValue = shape == null ? 1 : Values.number(shape, "shape in " + f.what(), 0,
                Double.MAX_VALUE, true, 1, f.problems());
        return new Weibull(shapeValue, f.requiredDuration("scale", true));
    }

    private static Distribution uniform(Fields f) {
        long min = f.requiredDuration("min", false);
        long max = f.requiredDuration("max", false);
        if (min > max) {
            f.problems().add(f.markOf("max"), "max " + Durations.format(max) + " of " + f.what()
                    + " is below its min " + Durations.format(min) + "; expected min ≤ max");
            return BAD;
        }
        return new Uniform(min, max);
    }

    private static Distribution empirical(YamlNode params, String what, Problems problems) {
        if (!(params instanceof YamlNode.YamlList list) || list.items().isEmpty()) {
            String kind = params instanceof YamlNode.YamlList ? "an empty list" : params.kind();
            problems.add(params.mark(), what + " is " + kind + "; expected a non-empty list of durations");
            return BAD;
        }
        List<Long> values = new ArrayList<>();
        for (YamlNode item : list.items()) {
            values.add(Values.duration(item, "a value of " + what, false, 0, problems));
        }
        return new Empirical(values);
    }

    /**
     * A distribution written as in a scenario file ({@code 5ms}, {@code { exponential: { mean: 2h } }}).
     *
     * @throws ScenarioException naming {@code source} when the text is not a valid distribution
     */
    public static Distribution parse(String source, String text) {
        Problems problems = new Problems();
        YamlNode node = new YamlReader(source, problems, true).read(text);
        if (node == null) {
            throw new ScenarioException(new Problem(source, 0, 0, "empty distribution; expected " + EXPECTED));
        }
        Distribution distribution = read(node, "the distribution", problems);
        problems.throwIfAny();
        return distribution;
    }

    /** The one-line form a scenario file would use, e.g. {@code { lognormal: { median: 1ms, p99: 4ms } }}. */
    public static String format(Distribution distribution) {
        return YamlEmitter.flow(toYaml(distribution));
    }

    /** The YAML shape of a distribution: a duration string or a one-key map (for writers). */
    public static Object toYaml(Distribution distribution) {
        if (distribution instanceof Constant c) {
            return Durations.format(c.nanos());
        }
        if (distribution instanceof Exponential e) {
            return family("exponential", Map.of("mean", Durations.format(e.meanNanosValue())));
        }
        if (distribution instanceof LogNormal l) {
            return family("lognormal", lognormalParams(l));
        }
        if (distribution instanceof Weibull w) {
            return family("weibull", ordered("shape", Numbers.boxed(w.shape()),
                    "scale", Durations.format(w.scaleNanos())));
        }
        if (distribution instanceof Uniform u) {
            return family("uniform", ordered("min", Durations.format(u.minNanos()),
                    "max", Durations.format(u.maxNanos())));
        }
        Empirical e = (Empirical) distribution;
        return family("empirical", e.valuesNanos().stream().map(Durations::format).toList());
    }

    private static Map<String, Object> lognormalParams(LogNormal l) {
        if (l.medianNanos() > 0 && l.p99Nanos() > 0) {
            return ordered("median", Durations.format(l.medianNanos()), "p99", Durations.format(l.p99Nanos()));
        }
        return ordered("mu", l.mu(), "sigma", l.sigma());
    }

    private static Map<String, Object> family(String name, Object params) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(name, params);
        return map;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
