package dev.vaultsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.FaultSpec;

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
        String region = f.path("region").asText();
        return switch (f.path("type").asText()) {
            case "region-outage" -> new FaultSpec.RegionOutage(region, atNanos, durationNanos);
            case "instance-failure" -> new FaultSpec.InstanceFailure(region, f.path("layer").asText(),
                    f.path("count").asInt(), atNanos, durationNanos);
            case "replica-failure" -> new FaultSpec.ReplicaFailure(region, f.path("count").asInt(), atNanos,
                    durationNanos);
            case "partition" -> new FaultSpec.Partition(f.path("between").path(0).asText(),
                    f.path("between").path(1).asText(), atNanos, durationNanos);
            case "latency-spike" -> new FaultSpec.LatencySpike(region,
                    f.path("layer").isMissingNode() ? null : f.path("layer").asText(),
                    f.path("factor").decimalValue().doubleValue(), atNanos, durationNanos);
            default -> throw new IllegalArgumentException("unknown fault type " + f.path("type").asText());
        };
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
