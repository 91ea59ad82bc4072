package dev.vaultsim.scenario.yaml;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints a tree of maps (in their own order), lists, strings and numbers as YAML: block style,
 * with any value that fits on its line written in flow style ({@code { median: 1ms, p99: 4ms }}),
 * as people write scenario files. Strings are plain when that reads back as the same text, else
 * double-quoted.
 */
public final class YamlEmitter {

    private static final int WIDTH = 110;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_./µ0-9][A-Za-z0-9_./µ-]*");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9_.]*([eE][-+]?[0-9]+)?");
    private static final List<String> RESERVED = List.of("null", "Null", "NULL", "~", "true", "True", "TRUE",
            "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
            "y", "Y", "n", "N");

    private YamlEmitter() {
    }

    /**
     * A value with a comment after it ({@code # revision 2025}); the maps and lists around it are
     * written in block style so that the comment has a line of its own to end. Each further line of
     * the comment (after a {@code \n}) is a comment line of its own under the value, at its key's
     * indentation; an empty first line puts no comment after the value.
     */
    public record Commented(Object value, String comment) {
    }

    /** A whole document: the top-level map in block style, one key per line. */
    public static String document(Map<String, Object> root) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> entry : root.entrySet()) {
            entry(out, 0, entry.getKey(), entry.getValue(), true);
        }
        return out.toString();
    }

    /** One value on one line, in flow style. */
    public static String flow(Object value) {
        if (value instanceof Commented commented) {
            return flow(commented.value());
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            StringBuilder out = new StringBuilder("{ ");
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(scalar(entry.getKey())).append(": ").append(flow(entry.getValue()));
                separator = ", ";
            }
            return out.append(" }").toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            String separator = "";
            for (Object item : list) {
                out.append(separator).append(flow(item));
                separator = ", ";
            }
            return out.append(']').toString();
        }
        return scalar(value);
    }

    private static void entry(StringBuilder out, int indent, String key, Object value, boolean forceBlock) {
        String prefix = " ".repeat(indent) + scalar(key) + ":";
        if (value instanceof Commented commented) {
            String[] lines = commented.comment().split("\n", -1);
            out.append(prefix).append(' ').append(flow(commented.value()));
            if (!lines[0].isEmpty()) {
                out.append("  # ").append(lines[0]);
            }
            out.append('\n');
            for (int i = 1; i < lines.length; i++) {
                out.append(" ".repeat(indent)).append("# ").append(lines[i]).append('\n');
            }
            return;
        }
        forceBlock |= hasComment(value);
        String flow = flow(value);
        boolean container = value instanceof Map<?, ?> || value instanceof List<?>;
        boolean empty = value instanceof Map<?, ?> m && m.isEmpty() || value instanceof List<?> l && l.isEmpty();
        if (!container || empty || (!forceBlock && prefix.length() + 1 + flow.length() <= WIDTH)) {
            out.append(prefix).append(' ').append(flow).append('\n');
            return;
        }
        out.append(prefix).append('\n');
        block(out, indent + 2, value);
    }

    private static void block(StringBuilder out, int indent, Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                entry(out, indent, (String) entry.getKey(), entry.getValue(), false);
            }
            return;
        }
        for (Object item : (List<?>) value) {
            String flow = flow(item);
            boolean fits = indent + 2 + flow.length() <= WIDTH && !hasComment(item);
            if (!(item instanceof Map<?, ?> map) || map.isEmpty() || fits) {
                out.append(" ".repeat(indent)).append("- ").append(flow).append('\n');
                continue;
            }
            // A map item in block style: its first key goes on the dash's line.
            StringBuilder item0 = new StringBuilder();
            block(item0, indent + 2, item);
            out.append(" ".repeat(indent)).append("- ").append(item0.substring(indent + 2));
        }
    }

    private static boolean hasComment(Object value) {
        if (value instanceof Commented) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(YamlEmitter::hasComment);
        }
        return value instanceof List<?> list && list.stream().anyMatch(YamlEmitter::hasComment);
    }

    public static String scalar(Object value) {
        if (value instanceof Double d) {
            return Numbers.format(d);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = (String) value;
        if (PLAIN.matcher(text).matches() && !RESERVED.contains(text) && !NUMBER_LIKE.matcher(text).matches()) {
            return text;
        }
        return quoted(text);
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
