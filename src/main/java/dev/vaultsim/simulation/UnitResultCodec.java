package dev.vaultsim.simulation;

import dev.vaultsim.record.Aggregates;
import dev.vaultsim.record.AggregatesData;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.FaultSpec;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link UnitResult} as JSON and back, exactly: counts as integers, doubles in Jackson's
 * round-trip form, histograms in HdrHistogram's compressed encoding (base64), replication 0's
 * result as its records. What shard files hold and what a Spark task returns to its driver.
 */
public final class UnitResultCodec {

    private static final ObjectMapper MAPPER = mapper();

    private UnitResultCodec() {
    }

    public static JsonNode toJson(UnitResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("point", result.unit().point());
        node.put("replication", result.unit().replication());
        node.put("events", result.events());
        node.set("aggregates", MAPPER.valueToTree(result.aggregates().data()));
        if (result.detail() != null) {
            node.set("detail", MAPPER.valueToTree(result.detail()));
        }
        return node;
    }

    /** @throws IllegalArgumentException when the node is not a unit result this version wrote */
    public static UnitResult fromJson(JsonNode node) {
        try {
            WorkUnit unit = new WorkUnit(node.required("point").asInt(), node.required("replication").asInt());
            Aggregates aggregates = Aggregates.of(MAPPER.treeToValue(node.required("aggregates"), AggregatesData.class));
            RunResult detail = node.has("detail") ? MAPPER.treeToValue(node.get("detail"), RunResult.class) : null;
            return new UnitResult(unit, node.required("events").asLong(), aggregates, detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a work unit's result: " + e.getOriginalMessage(), e);
        }
    }

    public static String toJsonText(UnitResult result) {
        return toJson(result).toString();
    }

    public static UnitResult fromJsonText(String text) {
        try {
            return fromJson(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a work unit's result: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .addMixIn(FaultSpec.class, TypedByName.class);
        // Fault kinds by their simple names, taken from the sealed interface so a new kind needs no edit here.
        for (Class<?> kind : FaultSpec.class.getPermittedSubclasses()) {
            mapper.registerSubtypes(new NamedType(kind, kind.getSimpleName()));
        }
        return mapper;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    private interface TypedByName {
    }
}
