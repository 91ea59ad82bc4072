package dev.vaultsim.report;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Analytic;
import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;

/**
 * The summary's tables for replications (availability with its interval, downtime) and for the
 * analytic cross-check (textbook beside simulated).
 */
final class StatisticsSections {

    private static final int PERCENT_DECIMALS = 4;

    private StatisticsSections() {
    }

    static Table confidence(RunResult result) {
        Confidence confidence = result.confidence();
        Table table = Table.withHeader("figure", "mean", "low", "high");
        if (confidence == null) {
            return table;
        }
        percentRow(table, "availability", confidence.availability());
        for (OperationClass c : OperationClass.values()) {
            percentRow(table, c.label() + " availability", confidence.byClass().get(c));
        }
        for (DowntimeRows.Row row : DowntimeRows.of(confidence, result.info().horizonNanos())) {
            minutesRow(table, row.label(), row.minutes());
        }
        table.row("SLO miss probability", percent(confidence.sloMissProbability()), Cells.NONE, Cells.NONE);
        return table;
    }

    static Table analytic(RunResult result) {
        Analytic analytic = result.analytic();
        Table table = Table.withHeader("class", "textbook", "simulated", "difference");
        if (analytic == null) {
            return table;
        }
        row(table, "total", analytic.availability(), result.traffic().totals());
        for (OperationClass c : OperationClass.values()) {
            Double textbook = analytic.byClass().get(c);
            if (textbook != null) {
                row(table, c.label(), textbook, result.traffic().byClass().getOrDefault(c, Stats.EMPTY));
            }
        }
        return table;
    }

    /** The assumptions behind the textbook figure, one per line. */
    static String assumptions(RunResult result) {
        if (result.analytic() == null) {
            return "";
        }
        return "Assumes: " + String.join("; ", result.analytic().assumptions()) + ".";
    }

    private static void row(Table table, String label, double textbook, Stats simulated) {
        Double availability = simulated.availability();
        table.row(label, percent(textbook), availability == null ? Cells.NONE : percent(availability),
                availability == null ? Cells.NONE : signedPoints(availability - textbook));
    }

    private static void percentRow(Table table, String label, Interval interval) {
        if (interval == null) {
            table.row(label, Cells.NONE, Cells.NONE, Cells.NONE);
            return;
        }
        table.row(label, percent(interval.mean()), interval.low() == null ? Cells.NONE : percent(interval.low()),
                interval.high() == null ? Cells.NONE : percent(interval.high()));
    }

    private static void minutesRow(Table table, String label, Interval interval) {
        if (interval == null) {
            table.row(label, Cells.NONE, Cells.NONE, Cells.NONE);
            return;
        }
        table.row(label, Numbers.fixed(interval.mean(), 2),
                interval.low() == null ? Cells.NONE : Numbers.fixed(interval.low(), 2),
                interval.high() == null ? Cells.NONE : Numbers.fixed(interval.high(), 2));
    }

    static String percent(double fraction) {
        return Numbers.fixed(fraction * 100, PERCENT_DECIMALS) + " %";
    }

    /** A difference in percentage points, always signed. */
    static String signedPoints(double difference) {
        String points = Numbers.fixed(Math.abs(difference) * 100, PERCENT_DECIMALS);
        return (difference < 0 ? "-" : "+") + points + " pp";
    }
}
