package dev.vaultsim.scenario.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of a scenario's YAML tree, immutable and carrying where it was written, so that every
 * check after parsing can still name the file, line and column.
 */
public sealed interface YamlNode {

    public Mark mark();

    /** What this kind of node is called in messages ("a map", "a list", "a value"). */
    public String kind();

    default int line() {
        return mark().line();
    }

    default int column() {
        return mark().column();
    }

    /**
     * Where a node came from: a file position, or (line 0) a whole command-line argument such as
     * {@code --set clients[0].rate=500/s}, which has no line worth naming.
     */
    public record Mark(String source, int line, int column) {
        public String describe() {
            return line > 0 ? source + ":" + line + ":" + column : source;
        }
    }

    /** One key and its value; the key keeps its own position for "unknown key" messages. */
    public record Entry(String key, Mark keyMark, YamlNode value) {
    }

    /** A mapping in the order written. */
    public record YamlMap(List<Entry> entries, Mark mark) implements YamlNode {
        public YamlMap {
            entries = List.copyOf(entries);
        }

        public String kind() {
            return "a map";
        }

        public YamlNode get(String key) {
            Entry entry = entry(key);
            return entry == null ? null : entry.value();
        }

        public Entry entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        /** A copy with {@code key} set to {@code value}, in place if present, else appended. */
        public YamlMap with(String key, Mark keyMark, YamlNode value) {
            List<Entry> copy = new ArrayList<>(entries);
            for (int i = 0; i < copy.size(); i++) {
                if (copy.get(i).key().equals(key)) {
                    copy.set(i, new Entry(key, copy.get(i).keyMark(), value));
                    return new YamlMap(copy, mark);
                }
            }
            copy.add(new Entry(key, keyMark, value));
            return new YamlMap(copy, mark);
        }
    }

    public record YamlList(List<YamlNode> items, Mark mark) implements YamlNode {
        public YamlList {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }

        public YamlList with(int index, YamlNode value) {
            List<YamlNode> copy = new ArrayList<>(items);
            copy.set(index, value);
            return new YamlList(copy, mark);
        }
    }

    /**
     * A scalar as written. {@code isNull} marks an empty value ({@code key:}, {@code ~}, {@code null}),
     * whose text is then empty.
     */
    public record YamlScalar(String text, boolean isNull, Mark mark) implements YamlNode {
        public String kind() {
            return isNull ? "an empty value" : "a value";
        }
    }
}
