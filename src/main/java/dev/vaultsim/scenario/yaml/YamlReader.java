package dev.vaultsim.scenario.yaml;

import dev.vaultsim.scenario.yaml.YamlNode.Entry;
import dev.vaultsim.scenario.yaml.YamlNode.Mark;
import dev.vaultsim.scenario.yaml.YamlNode.YamlList;
import dev.vaultsim.scenario.yaml.YamlNode.YamlMap;
import dev.vaultsim.scenario.yaml.YamlNode.YamlScalar;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, using Jackson's streaming parser.
 * Syntax errors become one {@link ScenarioException} with the position; duplicate keys are
 * collected in {@link Problems} and parsing goes on, so they are reported with everything else.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String source;
    private final Problems problems;
    private final boolean positionless;
    private YAMLParser parser;
    /** The last node's position: where a limit that Jackson reports without one was passed. */
    private Mark lastMark;

    /**
     * @param positionless give every node the mark {@code (source, 0, 0)}, for values that came
     *                     from a command-line argument, where a column inside it helps nobody
     */
    public YamlReader(String source, Problems problems, boolean positionless) {
        this.source = source;
        this.problems = problems;
        this.positionless = positionless;
    }

    /** The document's root, which must be a map: a scenario is a set of keys. */
    public YamlMap readDocument(String text) {
        YamlNode root = read(text);
        if (root == null) {
            throw new ScenarioException(new Problem(source, 1, 1,
                    "the file is empty; expected a scenario map with at least name, duration, regions, vaults, clients"));
        }
        if (!(root instanceof YamlMap map)) {
            throw new ScenarioException(Problem.at(root.mark(), "the document is " + root.kind()
                    + "; expected a map of scenario keys (name: …, duration: …, …)"));
        }
        return map;
    }

    /** Any single node (a scalar, flow list or flow map), or null for an empty text. */
    public YamlNode read(String text) {
        try (YAMLParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = node(first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new ScenarioException(Problem.at(here(),
                        "more than one YAML document or value; expected a single document"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ScenarioException(syntaxProblem(e, text));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(source, 0, 0, "cannot read YAML: " + e.getMessage()));
        }
    }

    private YamlNode node(JsonToken token) throws IOException {
        Mark mark = here();
        if (parser.isCurrentAlias()) {
            problems.add(mark, "YAML aliases (*name) are not supported; expected the value written out");
        }
        return switch (token) {
            case START_OBJECT -> map(mark);
            case START_ARRAY -> list(mark);
            case VALUE_NULL -> new YamlScalar("", true, mark);
            default -> new YamlScalar(parser.getText(), false, mark);
        };
    }

    private YamlMap map(Mark mark) throws IOException {
        List<Entry> entries = new ArrayList<>();
        // For membership only (entries keep the order written): a list made a map of n keys cost n².
        Set<String> keys = new HashSet<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            Mark keyMark = here();
            YamlNode value = node(parser.nextToken());
            if (keys.add(key)) {
                entries.add(new Entry(key, keyMark, value));
            } else {
                problems.add(keyMark, "duplicate key '" + key + "'; expected each key once in a map");
            }
        }
        return new YamlMap(entries, mark);
    }

    private YamlList list(Mark mark) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(node(token));
        }
        return new YamlList(items, mark);
    }

    private Mark here() {
        if (positionless) {
            return new Mark(source, 0, 0);
        }
        JsonLocation location = parser.currentTokenLocation();
        lastMark = new Mark(source, location.getLineNr(), location.getColumnNr());
        return lastMark;
    }

    private Problem syntaxProblem(JsonProcessingException e, String text) {
        Problem limit = limitProblem(e);
        if (limit != null) {
            return limit;
        }
        String message = e.getOriginalMessage();
        int line = 0;
        int column = 0;
        if (e.getCause() instanceof ReaderException bad) {
            // SnakeYAML reports the offending character by offset only; name it and find its line.
            String before = text.substring(0, Math.min(text.length(), bad.getPosition()));
            line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            column = before.length() - before.lastIndexOf('\n');
            message = String.format(java.util.Locale.ROOT, "control character U+%04X is not allowed",
                    bad.getCodePoint());
        } else if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            message = marked.getProblem();
            if (marked.getContext() != null) {
                message = marked.getContext() + ": " + message;
            }
            line = marked.getProblemMark().getLine() + 1;
            column = marked.getProblemMark().getColumn() + 1;
        } else if (e.getLocation() != null) {
            line = e.getLocation().getLineNr();
            column = e.getLocation().getColumnNr();
        }
        boolean tab = message.contains("\t") || message.contains("TAB");
        message = tab ? "invalid YAML: a tab character cannot start a token; expected spaces for indentation,"
                + " never tabs" : "invalid YAML: " + firstLine(message) + "; expected well-formed YAML";
        if (positionless || line <= 0) {
            return new Problem(source, 0, 0, message);
        }
        return new Problem(source, line, column, message);
    }

    /**
     * Jackson's and SnakeYAML's limits (1,000 levels of nesting, 3 MB of text) in our words: their
     * own messages name parser internals, and the nesting one has no position.
     */
    private Problem limitProblem(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException && original.contains("nesting depth")) {
            Mark at = positionless || lastMark == null ? new Mark(source, 0, 0) : lastMark;
            return Problem.at(at, "the YAML is nested more than " + FACTORY.streamReadConstraints().getMaxNestingDepth()
                    + " levels deep; expected a scenario nested a few levels deep");
        }
        if (original.contains("exceeds the limit") && original.contains("code points")) {
            return new Problem(source, 0, 0, String.format(Locale.ROOT, "the file is longer than %,d characters"
                    + " (3 MB); expected a smaller scenario file", new LoaderOptions().getCodePointLimit()));
        }
        return null;
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
