package dev.vaultsim.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code report.json} written by {@code run} into the figures {@code compare} shows. A file
 * that is missing, not JSON or not a vaultsim report is a user error with a one-line reason.
 */
public final class ReportReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MINUTES_PER_MONTH = 30 * 24 * 60;

    private ReportReader() {
    }

    /** Thrown for a file that cannot be compared; the message names the file. */
    public static final class UnreadableReport extends RuntimeException {
        UnreadableReport(String message) {
            super(message);
        }
    }

    public static ReportSummary read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableReport(file + ": no such file; expected a report.json written by vaultsim run");
        } catch (JsonProcessingException e) {
            throw new UnreadableReport(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not JSON; expected a report.json written by vaultsim run");
        } catch (IOException e) {
            throw new UnreadableReport(file + ": cannot be read (" + e.getClass().getSimpleName()
                    + "); expected a readable report.json");
        }
        if (root == null || !root.isObject() || !root.has("scenario") || !root.has("totals") || !root.has("byClass")) {
            throw new UnreadableReport(file + ": not a vaultsim report; expected the report.json of vaultsim run"
                    + " (with scenario, totals and byClass)");
        }
        return summarise(file.toString(), root);
    }

    private static ReportSummary summarise(String file, JsonNode root) {
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        JsonNode confidence = root.path("confidence");
        figures.put(Metrics.AVAILABILITY, number(root.path("totals").path("availability")));
        samples.put(Metrics.AVAILABILITY, list(confidence.path("replicationAvailability")));
        for (String c : List.of("read", "write")) {
            figures.put(c + " " + Metrics.AVAILABILITY, number(root.path("byClass").path(c).path("availability")));
            samples.put(c + " " + Metrics.AVAILABILITY, list(confidence.path("byClass").path(c).path("replicationAvailability")));
        }
        root.path("byOperation").fields().forEachRemaining(op ->
                figures.put(op.getKey() + " " + Metrics.AVAILABILITY, number(op.getValue().path("availability"))));
        for (String p : List.of("p50", "p99")) {
            figures.put(Metrics.LATENCY + " " + p + " " + Metrics.OF_SUCCESSFUL,
                    number(root.path("totals").path("latencyMillis").path(p)));
        }
        for (String c : List.of("read", "write")) {
            figures.put(c + " " + Metrics.LATENCY + " p99 " + Metrics.OF_SUCCESSFUL,
                    number(root.path("byClass").path(c).path("latencyMillis").path("p99")));
        }
        failovers(root.path("failovers"), figures);
        // Per month only where the run covers a month; a shorter run's downtime is its own (DowntimeRows).
        double horizonMinutes = root.path("horizonSeconds").asDouble() / 60;
        boolean monthly = horizonMinutes >= MINUTES_PER_MONTH;
        double period = monthly ? MINUTES_PER_MONTH : horizonMinutes;
        String metric = monthly ? Metrics.DOWNTIME : Metrics.DOWNTIME_IN_SCENARIO;
        Double availability = figures.get(Metrics.AVAILABILITY);
        // The report's own figure where it has one (the mean of replications), so both agree.
        figures.put(metric, monthly && confidence.isObject()
                ? number(confidence.path("downtime").path("minutesPerMonth").path("mean"))
                : availability == null ? null : (1 - availability) * period);
        // Downtime is an affine function of availability: the same test, with the interval in minutes.
        samples.put(metric, samples.get(Metrics.AVAILABILITY).stream().map(a -> (1 - a) * period).toList());
        return new ReportSummary(file, root.path("scenario").asText(), root.path("seed").asLong(),
                root.path("replications").asInt(1), root.path("horizonSeconds").asDouble(), figures, samples);
    }

    private static void failovers(JsonNode failovers, Map<String, Double> figures) {
        double lost = 0;
        Double toFailover = null;
        Double toFailback = null;
        for (JsonNode failover : failovers) {
            lost += failover.path("lostWrites").asDouble();
            double outage = failover.path("outageStartSeconds").asDouble();
            if (toFailover == null && failover.path("failoverCompleteSeconds").isNumber()) {
                toFailover = failover.path("failoverCompleteSeconds").asDouble() - outage;
            }
            if (toFailback == null && failover.path("failbackCompleteSeconds").isNumber()) {
                toFailback = failover.path("failbackCompleteSeconds").asDouble() - outage;
            }
        }
        figures.put(Metrics.FAILOVERS, (double) failovers.size());
        figures.put(Metrics.TO_FAILOVER, toFailover);
        figures.put(Metrics.TO_FAILBACK, toFailback);
        figures.put(Metrics.LOST_WRITES, lost);
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static List<Double> list(JsonNode node) {
        List<Double> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isNumber()) {
                values.add(item.asDouble());
            }
        }
        return values;
    }
}
