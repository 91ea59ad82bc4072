package dev.vaultsim.report.html;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.Analytic;
import dev.vaultsim.record.BucketResult;
import dev.vaultsim.record.BucketStats;
import dev.vaultsim.record.EngineFigures;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunInfo;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.record.TimelineResult;
import dev.vaultsim.record.Traffic;
import dev.vaultsim.record.WorldHistory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code report.json} written by {@code run} back into the {@link RunResult} the HTML
 * writers draw, for {@code compare --out} and its {@code compare.html}. The JSON timeline has all
 * requests only; when {@code timeline.csv} lies beside the report, its per-class rows are read too.
 * Not kept: the engine's fingerprint and the confidence block (compare reads it itself). Expects a
 * well-formed report: check it with compare's own reader first.
 */
public final class ReportJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReportJsonReader() {
    }

    public static RunResult read(Path reportJson) {
        try {
            JsonNode root = JSON.readTree(Files.readString(reportJson));
            Path csv = reportJson.resolveSibling("timeline.csv");
            Map<Long, TimelineCsvReader.Row> classes = Files.exists(csv)
                    ? TimelineCsvReader.read(Files.readString(csv)) : Map.of();
            return result(root, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(reportJson + ": cannot be read", e);
        }
    }

    private static RunResult result(JsonNode root, Map<Long, TimelineCsvReader.Row> classes) {
        Map<OperationClass, Stats> byClass = new EnumMap<>(OperationClass.class);
        for (OperationClass c : OperationClass.values()) {
            byClass.put(c, JsonFields.stats(root.path("byClass").path(c.label())));
        }
        Map<Operation, Stats> byOperation = new EnumMap<>(Operation.class);
        root.path("byOperation").fields().forEachRemaining(
                e -> byOperation.put(Operation.valueOf(e.getKey()), JsonFields.stats(e.getValue())));
        Map<String, Stats> byClient = new LinkedHashMap<>();
        root.path("byClient").fields().forEachRemaining(e -> byClient.put(e.getKey(), JsonFields.stats(e.getValue())));
        Map<FailureCause, Long> causes = new EnumMap<>(FailureCause.class);
        root.path("failureCauses").fields().forEachRemaining(
                e -> causes.put(FailureCause.valueOf(e.getKey()), e.getValue().asLong()));
        RunInfo info = new RunInfo(root.path("scenario").asText(), null, root.path("seed").asLong(),
                root.path("replications").asInt(1), JsonFields.nanos(root.path("horizonSeconds")),
                root.path("slo").path("availability").asDouble());
        Traffic traffic = new Traffic(JsonFields.stats(root.path("totals")), byClass, byOperation, byClient, causes,
                ClientViewsJson.read(root));
        WorldHistory history = new WorldHistory(stateNanos(root.path("stateSeconds")), phases(root.path("phases")),
                failovers(root.path("failovers")), faults(root.path("faults")), root.path("faultsOmitted").asLong(0));
        TimelineResult timeline = new TimelineResult(JsonFields.nanos(root.path("bucketSeconds")),
                timeline(root.path("timeline"), classes));
        return new RunResult(info, traffic, history, timeline,
                new EngineFigures(root.path("engine").path("kind").asText("exact"),
                        root.path("engine").path("eventsProcessed").asLong(), 0), null,
                analytic(root.path("analytic")));
    }

    private static Analytic analytic(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        Map<OperationClass, Double> byClass = new EnumMap<>(OperationClass.class);
        for (OperationClass c : OperationClass.values()) {
            JsonNode value = node.path("byClass").path(c.label());
            if (value.isNumber()) {
                byClass.put(c, value.asDouble());
            }
        }
        List<String> assumptions = new ArrayList<>();
        node.path("assumptions").forEach(a -> assumptions.add(a.asText()));
        return new Analytic(node.path("availability").asDouble(), byClass, assumptions);
    }

    private static Map<String, Map<VaultState, Long>> stateNanos(JsonNode node) {
        Map<String, Map<VaultState, Long>> vaults = new LinkedHashMap<>();
        node.fields().forEachRemaining(vault -> {
            Map<VaultState, Long> states = new EnumMap<>(VaultState.class);
            vault.getValue().fields().forEachRemaining(
                    s -> states.put(VaultState.valueOf(s.getKey()), JsonFields.nanos(s.getValue())));
            vaults.put(vault.getKey(), states);
        });
        return vaults;
    }

    private static List<FaultWindow> faults(JsonNode node) {
        List<FaultWindow> faults = new ArrayList<>();
        for (JsonNode fault : node) {
            long start = JsonFields.nanos(fault.path("startSeconds"));
            long end = JsonFields.nanos(fault.path("endSeconds"));
            faults.add(new FaultWindow(JsonFields.fault(fault, start, end - start), start, end));
        }
        return faults;
    }

    private static List<PhaseResult> phases(JsonNode node) {
        List<PhaseResult> phases = new ArrayList<>();
        for (JsonNode phase : node) {
            Map<OperationClass, Stats> byClass = new EnumMap<>(OperationClass.class);
            for (OperationClass c : OperationClass.values()) {
                byClass.put(c, JsonFields.stats(phase.path("byClass").path(c.label())));
            }
            phases.add(new PhaseResult(phase.path("vault").asText(), VaultState.valueOf(phase.path("state").asText()),
                    phase.path("servingRegion").isNull() ? null : phase.path("servingRegion").asText(),
                    JsonFields.nanos(phase.path("startSeconds")), JsonFields.nanos(phase.path("endSeconds")), byClass));
        }
        return phases;
    }

    private static List<FailoverResult> failovers(JsonNode node) {
        List<FailoverResult> failovers = new ArrayList<>();
        for (JsonNode f : node) {
            failovers.add(new FailoverResult(f.path("vault").asText(), f.path("from").asText(), f.path("to").asText(),
                    JsonFields.nanos(f.path("outageStartSeconds")), JsonFields.nanosOrNull(f.path("failoverStartSeconds")),
                    JsonFields.nanosOrNull(f.path("failoverCompleteSeconds")),
                    JsonFields.nanosOrNull(f.path("failbackStartSeconds")),
                    JsonFields.nanosOrNull(f.path("failbackCompleteSeconds")), f.path("failbackAborts").asInt(),
                    f.path("lostWrites").asLong()));
        }
        return failovers;
    }

    /** All requests from the JSON; read and write from timeline.csv when it was there, else empty. */
    private static List<BucketResult> timeline(JsonNode node, Map<Long, TimelineCsvReader.Row> classes) {
        TimelineCsvReader.Row missing = new TimelineCsvReader.Row(TimelineCsvReader.NONE, TimelineCsvReader.NONE, "");
        List<BucketResult> buckets = new ArrayList<>();
        for (JsonNode bucket : node) {
            long start = JsonFields.nanos(bucket.path("startSeconds"));
            BucketStats total = new BucketStats(bucket.path("requests").asLong(), bucket.path("succeeded").asLong(),
                    Double.NaN, JsonFields.millis(bucket.path("p99Millis")));
            TimelineCsvReader.Row row = classes.getOrDefault(start, missing);
            buckets.add(new BucketResult(start, total, row.read(), row.write(), row.state()));
        }
        return buckets;
    }
}
