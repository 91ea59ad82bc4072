package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode.Entry;
import dev.vaultsim.scenario.yaml.YamlNode.Mark;
import dev.vaultsim.scenario.yaml.YamlNode.YamlList;
import dev.vaultsim.scenario.yaml.YamlNode.YamlMap;
import dev.vaultsim.scenario.yaml.YamlNode.YamlScalar;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.List;

/**
 * A strict view of one YAML map: it reports unknown keys (with the keys that would be valid) when
 * made, and reads typed values that record a problem and fall back to a default when wrong, so
 * that loading goes on and reports every mistake at once.
 */
final class Fields {

    private final YamlMap map;
    private final String what;
    private final List<String> keys;
    private final Problems problems;

    private Fields(YamlMap map, String what, List<String> keys, Problems problems) {
        this.map = map;
        this.what = what;
        this.keys = keys;
        this.problems = problems;
    }

    /**
     * @param node the map to read, or null when absent (then every key takes its default)
     * @param what what the map is, for messages ("client 'checkout-api'", "service.failover")
     */
    static Fields of(YamlNode node, Mark fallback, String what, Problems problems, String... keys) {
        List<String> valid = List.of(keys);
        if (node == null || node instanceof YamlScalar s && s.isNull()) {
            Mark mark = node == null ? fallback : node.mark();
            return new Fields(new YamlMap(List.of(), mark), what, valid, problems);
        }
        if (!(node instanceof YamlMap map)) {
            problems.add(node.mark(), what + " is " + node.kind() + "; expected a map with keys " + String.join(", ", valid));
            return new Fields(new YamlMap(List.of(), node.mark()), what, valid, problems);
        }
        for (Entry entry : map.entries()) {
            if (!valid.contains(entry.key())) {
                problems.add(entry.keyMark(), "unknown key '" + entry.key() + "' in " + what
                        + "; expected one of: " + String.join(", ", valid));
            }
        }
        return new Fields(map, what, valid, problems);
    }

    Mark mark() {
        return map.mark();
    }

    String what() {
        return what;
    }

    Problems problems() {
        return problems;
    }

    /** The value of a key, or null when absent or written empty. */
    YamlNode node(String key) {
        YamlNode node = map.get(key);
        return node instanceof YamlScalar s && s.isNull() ? null : node;
    }

    /** The value's position, or the map's when the key is absent. */
    Mark markOf(String key) {
        YamlNode node = node(key);
        return node == null ? map.mark() : node.mark();
    }

    boolean has(String key) {
        return node(key) != null;
    }

    /** The value of a required key, or null after reporting it missing. */
    YamlNode required(String key) {
        YamlNode node = node(key);
        if (node == null) {
            problems.add(map.mark(), "missing key '" + key + "' in " + what + "; expected " + key + ": …");
        }
        return node;
    }

    String requiredString(String key) {
        YamlNode node = required(key);
        return node == null ? "" : text(node, key, "a name");
    }

    String string(String key, String fallback) {
        YamlNode node = node(key);
        return node == null ? fallback : text(node, key, "a text value");
    }

    /**
     * Whether the key holds a value that reads as text; a reference check on a key that does not
     * (a list where a name was expected) would only repeat that mistake as "unknown vault ''".
     */
    boolean readable(String key) {
        return node(key) instanceof YamlScalar;
    }

    /** The scalar's text, or "" after reporting a map or list where a value was expected. */
    String text(YamlNode node, String key, String expected) {
        if (node instanceof YamlScalar s) {
            return s.text();
        }
        problems.add(node.mark(), key + " in " + what + " is " + node.kind() + "; expected " + expected);
        return "";
    }

    long duration(String key, long fallback, boolean positive) {
        YamlNode node = node(key);
        return node == null ? fallback : Values.duration(node, key + " in " + what, positive, fallback, problems);
    }

    long requiredDuration(String key, boolean positive) {
        YamlNode node = required(key);
        return node == null ? 0 : Values.duration(node, key + " in " + what, positive, 0, problems);
    }

    int integer(String key, int fallback, int min) {
        YamlNode node = node(key);
        return node == null ? fallback : Values.integer(node, key + " in " + what, min, fallback, problems);
    }

    /** A number in [min, max], optionally excluding min. */
    double number(String key, double fallback, double min, double max, boolean minExclusive) {
        YamlNode node = node(key);
        return node == null ? fallback
                : Values.number(node, key + " in " + what, min, max, minExclusive, fallback, problems);
    }

    Rate rate(String key, Rate fallback) {
        YamlNode node = node(key);
        return node == null ? fallback : Values.rate(node, key + " in " + what, fallback, problems);
    }

    Distribution distribution(String key, Distribution fallback) {
        YamlNode node = node(key);
        return node == null ? fallback : Distributions.read(node, key + " in " + what, problems);
    }

    /** The items of a list-valued key; empty (after a report) when it is not a list. */
    List<YamlNode> list(String key) {
        YamlNode node = node(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof YamlList list) {
            return list.items();
        }
        problems.add(node.mark(), key + " in " + what + " is " + node.kind() + "; expected a list [ … ]");
        return List.of();
    }

    /** A choice among labels; returns the index in {@code labels}, or {@code fallback} after a report. */
    int choice(String key, int fallback, String... labels) {
        YamlNode node = node(key);
        if (node == null) {
            return fallback;
        }
        String text = text(node, key, "one of " + String.join(", ", labels));
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(text)) {
                return i;
            }
        }
        if (node instanceof YamlScalar) {
            problems.add(node.mark(), "unknown " + key + " '" + text + "' in " + what + "; expected one of: "
                    + String.join(", ", labels));
        }
        return fallback;
    }
}
