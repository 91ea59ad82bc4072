package dev.vaultsim.report;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.TargetParts;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The recurring pieces of {@code report.json}: stats blocks, faults, failovers and number fields. */
final class JsonSections {

    private JsonSections() {
    }

    static void number(JsonGenerator json, String field, String formatted) throws IOException {
        json.writeFieldName(field);
        json.writeNumber(formatted);
    }

    static void millisOrNull(JsonGenerator json, String field, double millis) throws IOException {
        json.writeFieldName(field);
        if (Double.isNaN(millis)) {
            json.writeNull();
        } else {
            json.writeNumber(Numbers.millis(millis));
        }
    }

    static void secondsOrNull(JsonGenerator json, String field, Long nanos) throws IOException {
        json.writeFieldName(field);
        if (nanos == null) {
            json.writeNull();
        } else {
            json.writeNumber(Numbers.seconds(nanos));
        }
    }

    /** {@code {requests, succeeded, failed, availability, attempts, latencyMillis}}. */
    static void stats(JsonGenerator json, Stats stats) throws IOException {
        json.writeStartObject();
        number(json, "requests", Numbers.integer(stats.requests()));
        number(json, "succeeded", Numbers.integer(stats.succeeded()));
        number(json, "failed", Numbers.integer(stats.failed()));
        json.writeFieldName("availability");
        if (stats.requests() == 0) {
            json.writeNull();
        } else {
            json.writeNumber(Numbers.ratio(stats.succeeded(), stats.requests()));
        }
        number(json, "attempts", Numbers.integer(stats.attempts()));
        json.writeFieldName("latencyMillis");
        latency(json, stats.latency());
        json.writeEndObject();
    }

    /** {@code {read: …, write: …}}, a class without requests written as an empty stats block. */
    static void byClass(JsonGenerator json, Map<OperationClass, Stats> byClass) throws IOException {
        json.writeStartObject();
        for (OperationClass operationClass : OperationClass.values()) {
            json.writeFieldName(operationClass.label());
            stats(json, byClass.getOrDefault(operationClass, Stats.EMPTY));
        }
        json.writeEndObject();
    }

    private static void latency(JsonGenerator json, LatencySummary latency) throws IOException {
        if (latency == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        millisOrNull(json, "mean", latency.meanMillis());
        millisOrNull(json, "p50", latency.p50Millis());
        millisOrNull(json, "p90", latency.p90Millis());
        millisOrNull(json, "p99", latency.p99Millis());
        millisOrNull(json, "p999", latency.p999Millis());
        millisOrNull(json, "max", latency.maxMillis());
        json.writeEndObject();
    }

    /** {@code {type, <target keys of that type>, startSeconds, endSeconds}}. */
    static void fault(JsonGenerator json, FaultWindow window) throws IOException {
        json.writeStartObject();
        FaultSpec fault = window.fault();
        json.writeStringField("type", fault.type());
        try {
            fault.describe(new JsonTarget(json));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        number(json, "startSeconds", Numbers.seconds(window.startNanos()));
        number(json, "endSeconds", Numbers.seconds(window.endNanos()));
        json.writeEndObject();
    }

    /** A fault's target as JSON fields; the parts cannot throw, so a write error travels unchecked. */
    private record JsonTarget(JsonGenerator json) implements TargetParts {
        @Override
        public void name(String key, String name) {
            if (name != null) {
                write(() -> json.writeStringField(key, name));
            }
        }

        @Override
        public void link(String key, String a, String b) {
            write(() -> {
                json.writeArrayFieldStart(key);
                json.writeString(a);
                json.writeString(b);
                json.writeEndArray();
            });
        }

        @Override
        public void count(String key, int count, String units) {
            write(() -> number(json, key, Numbers.integer(count)));
        }

        @Override
        public void zone(String key, int zone) {
            write(() -> number(json, key, Numbers.integer(zone)));
        }

        @Override
        public void factor(String key, double factor) {
            write(() -> number(json, key, Numbers.decimal(factor, Numbers.AVAILABILITY_DECIMALS)));
        }

        private static void write(Write write) {
            try {
                write.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    static void failover(JsonGenerator json, FailoverResult failover) throws IOException {
        json.writeStartObject();
        json.writeStringField("vault", failover.vault());
        json.writeStringField("from", failover.from());
        json.writeStringField("to", failover.to());
        number(json, "outageStartSeconds", Numbers.seconds(failover.outageStartNanos()));
        secondsOrNull(json, "failoverStartSeconds", failover.failoverStartNanos());
        secondsOrNull(json, "failoverCompleteSeconds", failover.failoverCompleteNanos());
        secondsOrNull(json, "failbackStartSeconds", failover.failbackStartNanos());
        secondsOrNull(json, "failbackCompleteSeconds", failover.failbackCompleteNanos());
        number(json, "failbackAborts", Numbers.integer(failover.failbackAborts()));
        number(json, "lostWrites", Numbers.integer(failover.lostWrites()));
        json.writeEndObject();
    }
}
