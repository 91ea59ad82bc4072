package dev.vaultsim.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The line of every key of a YAML document by its JSON path ({@code $.clients[0].rate}), the way
 * an editor turns a schema validator's instance location into a squiggle under the key.
 */
final class KeyLines {

    private final Map<String, Integer> lines = new LinkedHashMap<>();

    private KeyLines() {
    }

    static KeyLines of(String yaml) {
        KeyLines result = new KeyLines();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            Deque<String> paths = new ArrayDeque<>();
            Deque<Integer> indexes = new ArrayDeque<>();
            String pending = "$";
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String parent = paths.isEmpty() ? "$" : paths.peek();
                if (token == JsonToken.FIELD_NAME) {
                    pending = parent + "." + parser.currentName();
                    result.lines.put(pending, parser.currentTokenLocation().getLineNr());
                    continue;
                }
                if (!indexes.isEmpty() && indexes.peek() >= 0 && (token.isScalarValue() || token.isStructStart())) {
                    int index = indexes.pop();
                    pending = parent + "[" + index + "]";
                    indexes.push(index + 1);
                }
                if (token.isStructStart()) {
                    paths.push(pending);
                    indexes.push(token == JsonToken.START_ARRAY ? 0 : -1);
                } else if (token.isStructEnd()) {
                    paths.pop();
                    indexes.pop();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return result;
    }

    /** The line of {@code key} in the map at {@code mapPath}, 0 when there is none. */
    int lineOf(String mapPath, String key) {
        return lines.getOrDefault(mapPath + "." + key, 0);
    }
}
