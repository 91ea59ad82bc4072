package dev.vaultsim.report;

import dev.vaultsim.record.Interval;
import dev.vaultsim.record.SweepResult;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep as {@code sweep.json}, {@code sweep.csv} and the table on stdout (text, markdown or
 * CSV): one entry or row per point, figures from {@link SweepFigures}, numbers through
 * {@link Numbers}, so the same sweep gives the same bytes.
 */
public final class SweepWriters {

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final String NONE = "";

    private SweepWriters() {
    }

    public static String json(SweepResult sweep) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(JsonReportWriter.prettyPrinter());
            json.writeStartObject();
            json.writeStringField("scenario", sweep.scenario());
            json.writeNumberField("seed", sweep.seed());
            json.writeNumberField("replications", sweep.replications());
            JsonSections.number(json, "sloAvailability", Numbers.availability(sweep.sloAvailability()));
            json.writeArrayFieldStart("parameters");
            for (String parameter : sweep.parameters()) {
                json.writeString(parameter);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("points");
            for (SweepResult.Point point : sweep.points()) {
                point(json, sweep, point);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void point(JsonGenerator json, SweepResult sweep, SweepResult.Point point) throws IOException {
        SweepFigures f = SweepFigures.of(point.result());
        json.writeStartObject();
        json.writeObjectFieldStart("values");
        for (int i = 0; i < sweep.parameters().size(); i++) {
            json.writeStringField(sweep.parameters().get(i), point.values().get(i));
        }
        json.writeEndObject();
        json.writeFieldName("availability");
        JsonStatistics.interval(json, f.availability(), JsonStatistics.AVAILABILITY);
        json.writeObjectFieldStart("byClass");
        json.writeFieldName("read");
        JsonStatistics.interval(json, f.read(), JsonStatistics.AVAILABILITY);
        json.writeFieldName("write");
        JsonStatistics.interval(json, f.write(), JsonStatistics.AVAILABILITY);
        json.writeEndObject();
        json.writeFieldName("downtimeMinutesPerMonth");
        JsonStatistics.interval(json, f.downtimeMinutesPerMonth(), JsonStatistics.MINUTES);
        json.writeFieldName("sloMissProbability");
        if (f.sloMissProbability() == null) {
            json.writeNull();
        } else {
            json.writeNumber(Numbers.availability(f.sloMissProbability()));
        }
        json.writeFieldName("lostWritesPerReplication");
        JsonStatistics.interval(json, f.lostWrites(), JsonStatistics.MINUTES);
        json.writeObjectFieldStart("p99Millis");
        JsonSections.millisOrNull(json, "read", f.readP99Millis() == null ? Double.NaN : f.readP99Millis());
        JsonSections.millisOrNull(json, "write", f.writeP99Millis() == null ? Double.NaN : f.writeP99Millis());
        json.writeEndObject();
        json.writeStringField("report", point.reportPath());
        json.writeEndObject();
    }

    /** One row per point: the values, then each figure with its bounds; empty cells where a figure has none. */
    public static String csv(SweepResult sweep) {
        return table(sweep, true).rows().stream().map(row -> String.join(",", row.stream().map(SweepWriters::csvCell).toList()))
                .reduce(new StringBuilder(), (text, line) -> text.append(line).append('\n'), StringBuilder::append).toString();
    }

    /** The table on stdout: values, then availability with its interval, classes, downtime, SLO miss, lost writes, p99. */
    public static String text(SweepResult sweep, String format) {
        return switch (format) {
            case "csv" -> csv(sweep);
            case "markdown" -> toTable(table(sweep, false)).toMarkdown();
            default -> toTable(table(sweep, false)).toText();
        };
    }

    /** A table's header and rows, for the HTML page too. */
    public record Rows(List<String> header, List<List<String>> rows) {
    }

    private static Table toTable(Rows rows) {
        Table table = Table.withHeader(rows.header().toArray(String[]::new));
        int[] left = new int[rows.header().size() - 8];
        for (int i = 0; i < left.length; i++) {
            left[i] = i;
        }
        table.alignLeft(left);
        rows.rows().forEach(row -> table.row(row.toArray(String[]::new)));
        return table;
    }

    /** With {@code flat}, bounds in their own columns and fractions unrounded (CSV); else percentages with ±. */
    public static Rows table(SweepResult sweep, boolean flat) {
        List<String> header = new ArrayList<>(sweep.parameters());
        if (flat) {
            header.addAll(List.of("availability", "availabilityLow", "availabilityHigh", "read", "readLow", "readHigh",
                    "write", "writeLow", "writeHigh", "downtimeMinutesPerMonth", "downtimeLow", "downtimeHigh",
                    "sloMissProbability", "lostWritesPerReplication", "readP99Millis", "writeP99Millis", "report"));
        } else {
            header.addAll(List.of("availability", "±", "read", "write", "downtime min/month", "SLO miss",
                    "lost writes", "p99 ms"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult.Point point : sweep.points()) {
            SweepFigures f = SweepFigures.of(point.result());
            List<String> row = new ArrayList<>(point.values());
            if (flat) {
                flat(row, f.availability(), Numbers::availability);
                flat(row, f.read(), Numbers::availability);
                flat(row, f.write(), Numbers::availability);
                flat(row, f.downtimeMinutesPerMonth(), v -> Numbers.decimal(v, 3));
                row.add(f.sloMissProbability() == null ? NONE : Numbers.availability(f.sloMissProbability()));
                row.add(f.lostWrites() == null ? NONE : Numbers.decimal(f.lostWrites().mean(), 3));
                row.add(f.readP99Millis() == null ? NONE : Numbers.millis(f.readP99Millis()));
                row.add(f.writeP99Millis() == null ? NONE : Numbers.millis(f.writeP99Millis()));
                row.add(point.reportPath());
            } else {
                row.add(percent(f.availability()));
                row.add(halfWidth(f.availability()));
                row.add(percent(f.read()));
                row.add(percent(f.write()));
                row.add(f.downtimeMinutesPerMonth() == null ? "-" : Numbers.fixed(f.downtimeMinutesPerMonth().mean(), 1));
                row.add(f.sloMissProbability() == null ? "-" : Numbers.fixed(f.sloMissProbability() * 100, 0) + " %");
                row.add(f.lostWrites() == null ? "-" : Numbers.fixed(f.lostWrites().mean(), 1));
                row.add(f.readP99Millis() == null ? "-" : Numbers.fixed(f.readP99Millis(), 1));
            }
            rows.add(row);
        }
        return new Rows(header, rows);
    }

    private static void flat(List<String> row, Interval interval, JsonStatistics.Format format) {
        row.add(interval == null ? NONE : format.of(interval.mean()));
        row.add(interval == null || interval.low() == null ? NONE : format.of(interval.low()));
        row.add(interval == null || interval.high() == null ? NONE : format.of(interval.high()));
    }

    static String percent(Interval interval) {
        return interval == null ? "-" : Numbers.fixed(interval.mean() * 100, 4) + " %";
    }

    private static String halfWidth(Interval interval) {
        if (interval == null || interval.low() == null || interval.high() == null) {
            return "-";
        }
        return Numbers.fixed((interval.high() - interval.low()) / 2 * 100, 4) + " pp";
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
