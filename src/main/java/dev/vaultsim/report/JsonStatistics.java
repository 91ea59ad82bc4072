package dev.vaultsim.report;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Analytic;
import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.Interval;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/** The {@code confidence} (replications) and {@code analytic} (textbook) blocks of {@code report.json}. */
final class JsonStatistics {

    private static final int MINUTES_DECIMALS = 3;

    private JsonStatistics() {
    }

    static void confidence(JsonGenerator json, Confidence confidence) throws IOException {
        json.writeObjectFieldStart("confidence");
        JsonSections.number(json, "level", Numbers.availability(confidence.level()));
        json.writeFieldName("availability");
        interval(json, confidence.availability(), AVAILABILITY);
        json.writeObjectFieldStart("byClass");
        for (OperationClass c : OperationClass.values()) {
            json.writeFieldName(c.label());
            Interval interval = confidence.byClass().get(c);
            if (interval == null) {
                json.writeNull();
                continue;
            }
            json.writeStartObject();
            intervalFields(json, interval, AVAILABILITY);
            availabilities(json, confidence.replicationAvailabilityByClass().get(c));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("downtime");
        json.writeFieldName("minutesPerMonth");
        interval(json, confidence.downtimeMinutesPerMonth(), MINUTES);
        json.writeFieldName("minutesPerYear");
        interval(json, confidence.downtimeMinutesPerYear(), MINUTES);
        json.writeEndObject();
        availabilities(json, confidence.replicationAvailability());
        JsonSections.number(json, "sloMissProbability", Numbers.availability(confidence.sloMissProbability()));
        json.writeEndObject();
    }

    static void analytic(JsonGenerator json, Analytic analytic) throws IOException {
        json.writeObjectFieldStart("analytic");
        JsonSections.number(json, "availability", Numbers.availability(analytic.availability()));
        json.writeObjectFieldStart("byClass");
        for (OperationClass c : OperationClass.values()) {
            Double value = analytic.byClass().get(c);
            json.writeFieldName(c.label());
            if (value == null) {
                json.writeNull();
            } else {
                json.writeNumber(Numbers.availability(value));
            }
        }
        json.writeEndObject();
        json.writeArrayFieldStart("assumptions");
        for (String assumption : analytic.assumptions()) {
            json.writeString(assumption);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    interface Format {
        String of(double value);
    }

    static final Format AVAILABILITY = Numbers::availability;
    static final Format MINUTES = value -> Numbers.decimal(value, MINUTES_DECIMALS);

    static void interval(JsonGenerator json, Interval interval, Format format) throws IOException {
        if (interval == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        intervalFields(json, interval, format);
        json.writeEndObject();
    }

    private static void intervalFields(JsonGenerator json, Interval interval, Format format) throws IOException {
        JsonSections.number(json, "mean", format.of(interval.mean()));
        nullable(json, "low", interval.low(), format);
        nullable(json, "high", interval.high(), format);
    }

    private static void nullable(JsonGenerator json, String field, Double value, Format format) throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(format.of(value));
        }
    }

    /** One number per replication, on one line: there can be thousands. */
    private static void availabilities(JsonGenerator json, List<Double> values) throws IOException {
        StringBuilder line = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            line.append(i == 0 ? "" : ", ").append(values.get(i) == null ? "null" : Numbers.availability(values.get(i)));
        }
        json.writeFieldName("replicationAvailability");
        json.writeRawValue(line.append(']').toString());
    }
}
