package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problem;
import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.ScenarioException;
import dev.vaultsim.scenario.yaml.YamlNode.Mark;
import dev.vaultsim.scenario.yaml.YamlNode.YamlList;
import dev.vaultsim.scenario.yaml.YamlNode.YamlMap;
import dev.vaultsim.scenario.yaml.YamlNode;
import dev.vaultsim.scenario.yaml.YamlReader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --set path=value} overrides, applied to the YAML tree before it is read, so that an
 * overridden value gets exactly the checks of a written one. A path is dotted keys with
 * {@code [i]} list indices; missing maps are created, list indices must exist; the value is a
 * YAML flow node. Later overrides win. Problems name the {@code --set} argument.
 */
public final class Overrides {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private Overrides() {
    }

    /** The tree with every override applied, in order; throws one exception listing every bad one. */
    public static YamlMap apply(YamlMap root, List<String> sets) {
        List<Problem> problems = new ArrayList<>();
        YamlMap result = root;
        for (String set : sets) {
            try {
                result = applyOne(result, set);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return result;
    }

    private static YamlMap applyOne(YamlMap root, String set) {
        String source = "--set " + set;
        int equals = set.indexOf('=');
        if (equals <= 0) {
            throw fail(source, "no path=value; expected e.g. --set service.failover.detection=5m");
        }
        List<Object> path = path(set.substring(0, equals).strip(), source);
        String text = set.substring(equals + 1);
        if (text.isBlank()) {
            throw fail(source, "empty value; expected a YAML value after '='");
        }
        Problems problems = new Problems();
        YamlNode value;
        try {
            value = new YamlReader(source, problems, true).read(text);
        } catch (ScenarioException e) {
            throw fail(source, "the value is not valid YAML; expected a YAML flow value such as 5m, [a, b]"
                    + " or { exponential: { mean: 2h } }");
        }
        problems.throwIfAny();
        return (YamlMap) put(root, path, 0, value, new Mark(source, 0, 0));
    }

    /** Keys (String) and indices (Integer), in order. */
    private static List<Object> path(String text, String source) {
        List<Object> path = new ArrayList<>();
        for (String segment : text.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw fail(source, "bad path '" + text + "'; expected dotted keys with [i] indices, e.g. clients[0].rate");
            }
            path.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                path.add(Integer.parseInt(index.group(1)));
            }
        }
        return path;
    }

    private static YamlNode put(YamlNode node, List<Object> path, int at, YamlNode value, Mark mark) {
        if (at == path.size()) {
            return value;
        }
        Object step = path.get(at);
        String where = describe(path, at);
        if (step instanceof String key) {
            if (node == null || node instanceof YamlNode.YamlScalar s && s.isNull()) {
                node = new YamlMap(List.of(), mark);
            }
            if (!(node instanceof YamlMap map)) {
                throw fail(mark.source(), where + " is " + node.kind() + ", not a map; expected a path through maps"
                        + " and lists of the scenario");
            }
            return map.with(key, mark, put(map.get(key), path, at + 1, value, mark));
        }
        int index = (Integer) step;
        if (!(node instanceof YamlList list)) {
            throw fail(mark.source(), where + " is " + (node == null ? "missing" : node.kind())
                    + ", not a list; expected a list to index with [" + index + "]");
        }
        if (index >= list.items().size()) {
            throw fail(mark.source(), "index [" + index + "] is out of range for " + where + " with "
                    + list.items().size() + " items; expected an index below " + list.items().size());
        }
        return list.with(index, put(list.items().get(index), path, at + 1, value, mark));
    }

    private static String describe(List<Object> path, int upTo) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < upTo; i++) {
            Object step = path.get(i);
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() > 0 ? "." : "").append(step);
            }
        }
        return text.length() == 0 ? "the scenario" : text.toString();
    }

    private static ScenarioException fail(String source, String message) {
        return new ScenarioException(new Problem(source, 0, 0, message));
    }
}
