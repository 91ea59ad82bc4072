package dev.vaultsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks the subset of JSON Schema that vaultsim.schema.json uses ($ref to definitions, allOf,
 * anyOf, if/then on a fault's type) to find the keys the schema allows for one map of a scenario.
 */
final class SchemaKeys {

    private SchemaKeys() {
    }

    /** The property names the schema allows for {@code map}, or null where it lists none. */
    static Set<String> at(JsonNode root, JsonNode schema, JsonNode map) {
        JsonNode object = objectBranch(root, schema, map);
        if (object == null) {
            return null;
        }
        Set<String> keys = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(keys::add);
        for (JsonNode part : resolve(root, object).path("allOf")) {
            JsonNode then = part.path("then");
            if (matches(part.path("if"), map)) {
                then.path("properties").fieldNames().forEachRemaining(keys::add);
            }
        }
        return keys.isEmpty() ? null : keys;
    }

    static JsonNode property(JsonNode root, JsonNode schema, JsonNode map, String key) {
        JsonNode object = objectBranch(root, schema, map);
        if (object == null) {
            return MissingNode.getInstance();
        }
        JsonNode direct = object.path("properties").path(key);
        for (JsonNode part : object.path("allOf")) {
            if (matches(part.path("if"), map) && part.path("then").path("properties").has(key)) {
                return part.path("then").path("properties").path(key);
            }
        }
        return direct;
    }

    static JsonNode items(JsonNode root, JsonNode schema) {
        JsonNode resolved = resolve(root, schema);
        if (resolved.has("items")) {
            return resolved.path("items");
        }
        for (JsonNode branch : resolved.path("anyOf")) {
            if (resolve(root, branch).has("items")) {
                return resolve(root, branch).path("items");
            }
        }
        return MissingNode.getInstance();
    }

    /** The schema (or the anyOf branch) that describes an object with the map's keys. */
    private static JsonNode objectBranch(JsonNode root, JsonNode schema, JsonNode map) {
        JsonNode resolved = resolve(root, schema);
        if (resolved.has("properties") || resolved.has("allOf") && !resolved.has("anyOf")) {
            return resolved;
        }
        for (JsonNode branch : resolved.path("anyOf")) {
            JsonNode candidate = resolve(root, branch);
            if (candidate.has("properties") && coversKeys(candidate, map)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean coversKeys(JsonNode schema, JsonNode map) {
        Iterator<String> names = map.fieldNames();
        boolean any = false;
        while (names.hasNext()) {
            String name = names.next();
            if (schema.path("properties").has(name)) {
                any = true;
            }
        }
        return any;
    }

    private static boolean matches(JsonNode condition, JsonNode map) {
        JsonNode type = condition.path("properties").path("type").path("const");
        return !type.isMissingNode() && type.asText().equals(map.path("type").asText());
    }

    /** Follows "$ref" and a lone "allOf": [ {"$ref"} ] until a schema with content. */
    static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                current = root.at(current.path("$ref").asText().substring(1));
            } else if (current.path("allOf").size() == 1 && current.path("allOf").get(0).has("$ref")
                    && !current.has("properties")) {
                current = current.path("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }
}
