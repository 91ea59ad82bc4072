package dev.vaultsim.report.html;

import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.FaultKind;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.TargetSource;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** Values of a {@code report.json} back to the record types: stats blocks, seconds, faults. */
final class JsonFields {

    private JsonFields() {
    }

    /** Seconds written with at most 9 decimals, back to exact nanoseconds. */
    static long nanos(JsonNode seconds) {
        return seconds.decimalValue().movePointRight(9).longValueExact();
    }

    static Long nanosOrNull(JsonNode seconds) {
        return seconds.isNull() || seconds.isMissingNode() ? null : nanos(seconds);
    }

    static double millis(JsonNode millis) {
        return millis.isNumber() ? millis.doubleValue() : Double.NaN;
    }

    static Stats stats(JsonNode block) {
        if (block.isMissingNode() || block.isNull()) {
            return Stats.EMPTY;
        }
        JsonNode latency = block.path("latencyMillis");
        LatencySummary summary = latency.isObject() ? new LatencySummary(millis(latency.path("mean")),
                millis(latency.path("p50")), millis(latency.path("p90")), millis(latency.path("p99")),
                millis(latency.path("p999")), millis(latency.path("max"))) : null;
        return new Stats(block.path("requests").asLong(), block.path("succeeded").asLong(),
                block.path("failed").asLong(), block.path("attempts").asLong(), summary);
    }

    /** The fault as the JSON names it; at and duration are the window's. */
    static FaultSpec fault(JsonNode f, long atNanos, long durationNanos) {
        String type = f.path("type").asText();
        FaultKind kind = FaultKind.named(type);
        if (kind == null) {
            throw new IllegalArgumentException("unknown fault type '" + type + "' in faults; expected one of "
                    + FaultKind.types());
        }
        return kind.decode(new JsonTarget(f), atNanos, durationNanos);
    }

    /** A fault entry's target fields, read back as its kind asks for them. */
    private record JsonTarget(JsonNode fault) implements TargetSource {
        @Override
        public String name(String key) {
            JsonNode name = fault.path(key);
            return name.isMissingNode() ? null : name.asText();
        }

        @Override
        public String end(String key, int index) {
            return fault.path(key).path(index).asText();
        }

        @Override
        public int count(String key) {
            return fault.path(key).asInt();
        }

        @Override
        public double factor(String key) {
            return fault.path(key).decimalValue().doubleValue();
        }
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
