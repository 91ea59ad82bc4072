package dev.vaultsim.report;

import dev.vaultsim.record.Interval;
import dev.vaultsim.record.SensitivityResult;

import java.util.ArrayList;
import java.util.List;

/** A sensitivity ranking as a table: text, markdown or CSV (the CSV with unrounded figures and bounds). */
public final class SensitivityWriters {

    private SensitivityWriters() {
    }

    public static String text(SensitivityResult result, String format) {
        boolean csv = format.equals("csv");
        List<String> header = new ArrayList<>(List.of("rank", "parameter", "low", "high"));
        String unit = result.metric().equals("downtime") ? "downtime min/month" : result.metric();
        if (csv) {
            header.addAll(List.of("atLow", "atHigh", "effect", "effectLow", "effectHigh"));
        } else {
            header.addAll(List.of(unit + " at low", unit + " at high", "effect (high - low)", "95 % interval"));
        }
        Table table = Table.withHeader(header.toArray(String[]::new)).alignLeft(1, 2, 3);
        List<String> lines = new ArrayList<>(List.of(String.join(",", header)));
        int rank = 1;
        for (SensitivityResult.Effect e : result.effects()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(rank++), e.parameter(), e.low(), e.high()));
            if (csv) {
                row.add(raw(e.atLow()));
                row.add(raw(e.atHigh()));
                row.add(raw(e.difference()));
                row.add(e.difference() == null || e.difference().low() == null ? "" : Numbers.decimal(e.difference().low(), 9));
                row.add(e.difference() == null || e.difference().high() == null ? "" : Numbers.decimal(e.difference().high(), 9));
                lines.add(String.join(",", row));
            } else {
                row.add(cell(result, e.atLow()));
                row.add(cell(result, e.atHigh()));
                row.add(effect(result, e.difference() == null ? null : e.difference().mean()));
                row.add(e.difference() == null || e.difference().low() == null ? "-"
                        : effect(result, e.difference().low()) + " … " + effect(result, e.difference().high()));
                table.row(row.toArray(String[]::new));
            }
        }
        if (csv) {
            return String.join("\n", lines) + "\n";
        }
        String base = "at the scenario's own values: " + cell(result, result.base()) + " (" + result.replications()
                + " replications, seed " + result.seed() + ")\n";
        return base + (format.equals("markdown") ? table.toMarkdown() : table.toText());
    }

    static String cell(SensitivityResult result, Interval interval) {
        if (interval == null) {
            return "-";
        }
        return result.metric().equals("downtime") ? Numbers.fixed(interval.mean(), 2)
                : Numbers.fixed(interval.mean() * 100, 4) + " %";
    }

    static String effect(SensitivityResult result, Double value) {
        if (value == null) {
            return "-";
        }
        return result.metric().equals("downtime") ? (value >= 0 ? "+" : "") + Numbers.fixed(value, 2)
                : (value >= 0 ? "+" : "") + Numbers.fixed(value * 100, 4) + " pp";
    }

    private static String raw(Interval interval) {
        return interval == null ? "" : Numbers.decimal(interval.mean(), 9);
    }
}
