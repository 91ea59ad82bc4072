package dev.vaultsim.report.html;

import dev.vaultsim.report.compare.Comparison;
import dev.vaultsim.report.compare.ComparisonWriter;
import dev.vaultsim.report.compare.Difference;

import java.util.ArrayList;
import java.util.List;

/**
 * The section of {@code compare.html} a design review needs most: every metric of every run, its
 * difference from run A with the 95 % interval and the test's verdict, and the notes that say
 * which test and which rows come from replication 0. The same figures as {@code compare}'s text.
 */
final class CompareDifferences {

    private CompareDifferences() {
    }

    static void write(Markup html, Comparison comparison) {
        HtmlPage.openSection(html, "differences", "Differences from A");
        table(comparison).write(html);
        for (String note : comparison.notes()) {
            HtmlPage.note(html, note);
        }
        HtmlPage.closeSection(html);
    }

    private static HtmlTable table(Comparison comparison) {
        int n = comparison.reports().size();
        List<String> header = new ArrayList<>(List.of("metric"));
        for (int i = 0; i < n; i++) {
            header.add(ComparisonWriter.label(i));
        }
        for (int i = 1; i < n; i++) {
            header.add(ComparisonWriter.label(i) + " − A");
            header.add("95 % interval");
            header.add("significance");
        }
        HtmlTable table = new HtmlTable(header.toArray(String[]::new)).wrapColumns(0);
        for (Comparison.Row row : comparison.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            row.values().forEach(value -> cells.add(ComparisonWriter.value(row, value)));
            for (Difference difference : row.differences()) {
                cells.add(ComparisonWriter.difference(row, difference.value()));
                cells.add(ComparisonWriter.interval(row, difference));
                cells.add(ComparisonWriter.significance(difference.p()));
            }
            table.row(cells.toArray(String[]::new));
        }
        return table;
    }
}
