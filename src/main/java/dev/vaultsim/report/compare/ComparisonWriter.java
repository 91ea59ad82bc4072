package dev.vaultsim.report.compare;

import dev.vaultsim.report.Numbers;
import dev.vaultsim.report.Table;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Comparison} out as a text table (for a terminal), a markdown table (to paste into a
 * design review) or JSON. Reports are labelled A, B, C… in the order given.
 */
public final class ComparisonWriter {

    private ComparisonWriter() {
    }

    public static String text(Comparison comparison) {
        StringBuilder out = new StringBuilder(header(comparison, false));
        table(comparison).toText().lines().forEach(line -> out.append("  ").append(line).append('\n'));
        comparison.notes().forEach(note -> out.append('\n').append(note));
        return out.append('\n').toString();
    }

    public static String markdown(Comparison comparison) {
        StringBuilder out = new StringBuilder(header(comparison, true));
        out.append(table(comparison).toMarkdown());
        comparison.notes().forEach(note -> out.append('\n').append(note).append('\n'));
        return out.toString();
    }

    public static String json(Comparison comparison) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeArrayFieldStart("reports");
            for (int i = 0; i < comparison.reports().size(); i++) {
                ReportSummary report = comparison.reports().get(i);
                json.writeStartObject();
                json.writeStringField("label", label(i));
                json.writeStringField("file", report.file());
                json.writeStringField("scenario", report.scenario());
                json.writeNumberField("seed", report.seed());
                json.writeNumberField("replications", report.replications());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("metrics");
            for (Comparison.Row row : comparison.rows()) {
                jsonRow(json, row);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notes");
            for (String note : comparison.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void jsonRow(JsonGenerator json, Comparison.Row row) throws IOException {
        json.writeStartObject();
        json.writeStringField("metric", row.metric());
        if (row.scope() != null) {
            json.writeStringField("scope", row.scope());
        }
        json.writeArrayFieldStart("values");
        for (Double value : row.values()) {
            number(json, value);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("differences");
        for (Difference difference : row.differences()) {
            number(json, difference.value());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("pValues");
        for (Double p : row.pValues()) {
            number(json, p);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("intervals");
        for (Difference difference : row.differences()) {
            if (difference.low() == null) {
                json.writeNull();
            } else {
                json.writeStartObject();
                json.writeFieldName("low");
                number(json, difference.low());
                json.writeFieldName("high");
                number(json, difference.high());
                json.writeStringField("test", difference.test().label());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, Double value) throws IOException {
        if (value == null || value.isNaN()) {
            json.writeNull();
        } else {
            json.writeNumber(Numbers.decimal(value, 9));
        }
    }

    private static String header(Comparison comparison, boolean markdown) {
        StringBuilder out = new StringBuilder(markdown ? "## " : "")
                .append("Comparing ").append(comparison.reports().size()).append(" reports\n");
        if (markdown) {
            out.append('\n');
        }
        for (int i = 0; i < comparison.reports().size(); i++) {
            ReportSummary r = comparison.reports().get(i);
            out.append(markdown ? "- **" + label(i) + "** " : "  " + label(i) + "  ")
                    .append(r.file()).append(": scenario ").append(r.scenario()).append(", seed ").append(r.seed())
                    .append(", ").append(r.replications()).append(r.replications() == 1 ? " replication" : " replications")
                    .append('\n');
        }
        return out.append('\n').toString();
    }

    private static Table table(Comparison comparison) {
        int n = comparison.reports().size();
        List<String> header = new ArrayList<>(List.of("metric"));
        for (int i = 0; i < n; i++) {
            header.add(label(i));
        }
        for (int i = 1; i < n; i++) {
            header.add(label(i) + " - A");
            header.add("95 % interval");
            header.add("significance");
        }
        Table table = Table.withHeader(header.toArray(String[]::new));
        for (Comparison.Row row : comparison.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            row.values().forEach(value -> cells.add(value(row, value)));
            for (Difference difference : row.differences()) {
                cells.add(difference(row, difference.value()));
                cells.add(interval(row, difference));
                cells.add(significance(difference.p()));
            }
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }

    /** The interval of the mean difference, "-" where the reports have no replications to give one. */
    public static String interval(Comparison.Row row, Difference difference) {
        if (difference.low() == null) {
            return "-";
        }
        return "[" + difference(row, difference.low()) + ", " + difference(row, difference.high()) + "]";
    }

    public static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /**
     * Decimals of a row's milliseconds: what 3 significant digits of its largest value allow, since
     * report.json's percentiles come from histograms of that precision (28.2 ms, not 28.230 ms).
     */
    private static int millisDecimals(Comparison.Row row) {
        double largest = row.values().stream().filter(v -> v != null && v > 0).mapToDouble(Double::doubleValue)
                .max().orElse(1);
        return Math.max(0, 2 - (int) Math.floor(Math.log10(largest)));
    }

    public static String value(Comparison.Row row, Double value) {
        if (value == null) {
            return "-";
        }
        return switch (row.unit()) {
            case FRACTION -> Numbers.fixed(value * 100, 4) + " %";
            case MILLIS -> Numbers.fixed(value, millisDecimals(row)) + " ms";
            case PLAIN -> Numbers.decimal(value, 3);
        };
    }

    public static String difference(Comparison.Row row, Double difference) {
        if (difference == null) {
            return "-";
        }
        String sign = difference < 0 ? "-" : "+";
        double size = Math.abs(difference);
        return switch (row.unit()) {
            case FRACTION -> sign + Numbers.fixed(size * 100, 4) + " pp";
            // A difference that rounds to nothing carries no sign: "-0.0 ms" would suggest a direction.
            case MILLIS -> (Numbers.fixed(size, millisDecimals(row)).matches("[0.]+") ? "" : sign)
                    + Numbers.fixed(size, millisDecimals(row)) + " ms";
            case PLAIN -> sign + Numbers.decimal(size, 3);
        };
    }

    public static String significance(Double p) {
        if (p == null) {
            return "-";
        }
        String formatted = p < 0.0001 ? "p < 0.0001" : "p = " + Numbers.fixed(p, 4);
        return (p < Comparison.SIGNIFICANCE_LEVEL ? "significant (" : "not significant (") + formatted + ")";
    }
}
