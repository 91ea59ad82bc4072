package dev.vaultsim.report;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.BucketResult;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.json} as the report contract lays it out (docs/architecture.md, "Reports"): keys in the spec's order, numbers
 * through {@link Numbers}, one pretty-printing style (2-space indent, {@code "key": value}), so
 * that the same run gives the same bytes. Stats blocks, faults and failovers are written by
 * {@link JsonSections}.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final ObjectMapper TREE_WRITER = new ObjectMapper();

    /** One per report written, in order; empty to write reports without their input block. */
    private final List<ReportInput> inputs;

    public JsonReportWriter() {
        this(List.of());
    }

    /** @param inputs what made each report, in the order of the results to be written */
    public JsonReportWriter(List<ReportInput> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /** The report of one run, with a trailing newline. */
    public String toJson(RunResult result) {
        StringWriter out = new StringWriter();
        try {
            write(List.of(result), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * One object per report, one after the other, each ending with a newline: a stream of JSON
     * values, so that {@code jq .totals} reads one report or several alike (an array for several
     * broke scripts written against one).
     */
    @Override
    public void write(List<RunResult> results, Writer out) throws IOException {
        for (int i = 0; i < results.size(); i++) {
            try (JsonGenerator json = FACTORY.createGenerator(out)) {
                json.setPrettyPrinter(prettyPrinter());
                writeReport(json, results.get(i), i < inputs.size() ? inputs.get(i) : null);
            }
            out.write('\n');
        }
        out.flush();
    }

    static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void writeReport(JsonGenerator json, RunResult result, ReportInput input) throws IOException {
        json.writeStartObject();
        json.writeStringField("scenario", result.info().scenario());
        JsonSections.number(json, "seed", Numbers.integer(result.info().seed()));
        JsonSections.number(json, "replications", Numbers.integer(result.info().replications()));
        JsonSections.number(json, "horizonSeconds", Numbers.seconds(result.info().horizonNanos()));
        JsonSections.number(json, "bucketSeconds", Numbers.seconds(result.timeline().bucketNanos()));
        json.writeFieldName("totals");
        JsonSections.stats(json, result.traffic().totals());
        json.writeFieldName("byClass");
        JsonSections.byClass(json, result.traffic().byClass());
        writeByOperation(json, result.traffic().byOperation());
        writeByClient(json, result);
        writeFailureCauses(json, result.traffic().failureCauses());
        JsonClientViews.write(json, result.traffic().clients());
        writeStateSeconds(json, result.history().stateNanos());
        writeFaults(json, result.history().faults());
        if (result.history().faultsOmitted() > 0) {
            // Only when the list was cut, so complete reports keep the spec's keys exactly.
            JsonSections.number(json, "faultsOmitted", Numbers.integer(result.history().faultsOmitted()));
        }
        writePhases(json, result.history().phases());
        writeFailovers(json, result.history().failovers());
        writeTimeline(json, result.timeline().buckets());
        writeSlo(json, result);
        if (result.confidence() != null) {
            JsonStatistics.confidence(json, result.confidence());
        }
        if (result.analytic() != null) {
            JsonStatistics.analytic(json, result.analytic());
        }
        json.writeObjectFieldStart("engine");
        json.writeStringField("kind", result.engine().kind());
        JsonSections.number(json, "eventsProcessed", Numbers.integer(result.engine().eventsProcessed()));
        json.writeEndObject();
        if (input != null) {
            writeInput(json, input);
        }
        json.writeEndObject();
    }

    /**
     * {@code "input": { "vaultsimVersion", "scenario", "overrides" }}, last so that every earlier key
     * keeps its place. The scenario is the YAML tree as JSON, its numbers as written (no rounding).
     */
    private static void writeInput(JsonGenerator json, ReportInput input) throws IOException {
        json.writeObjectFieldStart("input");
        json.writeStringField("vaultsimVersion", input.vaultsimVersion());
        json.writeFieldName("scenario");
        JsonNode scenario = YAML.readTree(input.scenarioYaml());
        // Decimals exactly as the YAML wrote them (BigDecimal), never in exponent form.
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        TREE_WRITER.writeTree(json, scenario);
        json.writeArrayFieldStart("overrides");
        for (String override : input.overrides()) {
            json.writeString(override);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeByOperation(JsonGenerator json, Map<Operation, Stats> byOperation)
            throws IOException {
        json.writeObjectFieldStart("byOperation");
        // Catalog order whatever the map's own order.
        for (Operation operation : Operation.values()) {
            if (byOperation.containsKey(operation)) {
                json.writeFieldName(operation.name());
                JsonSections.stats(json, byOperation.get(operation));
            }
        }
        json.writeEndObject();
    }

    private static void writeByClient(JsonGenerator json, RunResult result) throws IOException {
        json.writeObjectFieldStart("byClient");
        // The recorder's map keeps the scenario's client order.
        for (var entry : result.traffic().byClient().entrySet()) {
            json.writeFieldName(entry.getKey());
            JsonSections.stats(json, entry.getValue());
        }
        json.writeEndObject();
    }

    private static void writeFailureCauses(JsonGenerator json, Map<FailureCause, Long> causes) throws IOException {
        json.writeObjectFieldStart("failureCauses");
        for (FailureCause cause : FailureCause.values()) {
            JsonSections.number(json, cause.name(), Numbers.integer(causes.getOrDefault(cause, 0L)));
        }
        json.writeEndObject();
    }

    private static void writeStateSeconds(JsonGenerator json, Map<String, Map<VaultState, Long>> stateNanos)
            throws IOException {
        json.writeObjectFieldStart("stateSeconds");
        for (var vault : stateNanos.entrySet()) {
            json.writeObjectFieldStart(vault.getKey());
            for (VaultState state : VaultState.values()) {
                JsonSections.number(json, state.name(), Numbers.seconds(vault.getValue().getOrDefault(state, 0L)));
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeFaults(JsonGenerator json, List<FaultWindow> faults) throws IOException {
        json.writeArrayFieldStart("faults");
        for (FaultWindow fault : faults) {
            JsonSections.fault(json, fault);
        }
        json.writeEndArray();
    }

    private static void writePhases(JsonGenerator json, List<PhaseResult> phases) throws IOException {
        json.writeArrayFieldStart("phases");
        for (PhaseResult phase : phases) {
            // The spec omits zero-length phases; dropping them here keeps that true whatever the recorder did.
            if (phase.endNanos() == phase.startNanos()) {
                continue;
            }
            json.writeStartObject();
            json.writeStringField("vault", phase.vault());
            json.writeStringField("state", phase.state().name());
            json.writeStringField("servingRegion", phase.servingRegion());
            JsonSections.number(json, "startSeconds", Numbers.seconds(phase.startNanos()));
            JsonSections.number(json, "endSeconds", Numbers.seconds(phase.endNanos()));
            json.writeFieldName("byClass");
            JsonSections.byClass(json, phase.byClass());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeFailovers(JsonGenerator json, List<FailoverResult> failovers) throws IOException {
        json.writeArrayFieldStart("failovers");
        for (FailoverResult failover : failovers) {
            JsonSections.failover(json, failover);
        }
        json.writeEndArray();
    }

    /**
     * One line per bucket, {@code { "startSeconds": 0, "requests": 0, "succeeded": 0, "p99Millis": 0 }},
     * because a timeline has up to ~10,000 buckets. The line is written raw: its keys are fixed and its
     * values are numbers or null, so nothing needs escaping.
     */
    private static void writeTimeline(JsonGenerator json, List<BucketResult> timeline) throws IOException {
        json.writeArrayFieldStart("timeline");
        for (BucketResult bucket : timeline) {
            double p99 = bucket.total().p99Millis();
            json.writeRawValue("{ \"startSeconds\": " + Numbers.seconds(bucket.startNanos())
                    + ", \"requests\": " + Numbers.integer(bucket.total().requests())
                    + ", \"succeeded\": " + Numbers.integer(bucket.total().succeeded())
                    + ", \"p99Millis\": " + (Double.isNaN(p99) ? "null" : Numbers.millis(p99)) + " }");
        }
        json.writeEndArray();
    }

    private static void writeSlo(JsonGenerator json, RunResult result) throws IOException {
        json.writeObjectFieldStart("slo");
        JsonSections.number(json, "availability", Numbers.availability(result.info().sloAvailability()));
        json.writeBooleanField("met", result.sloMet());
        json.writeEndObject();
    }
}
