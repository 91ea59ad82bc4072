package dev.vaultsim.report.html;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Analytic;
import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.report.DowntimeRows;
import dev.vaultsim.report.Numbers;

/**
 * The replications section of a report: the strip plot of availability per replication with the
 * mean's confidence interval and the SLO, the interval table (availability per class, downtime,
 * the chance of missing the SLO) and the textbook figure with its assumptions when there is one.
 */
final class ReplicationSection {

    private ReplicationSection() {
    }

    static void write(Markup html, RunResult result) {
        Confidence confidence = result.confidence();
        HtmlPage.openSection(html, "replications", "Replications");
        if (confidence.availability() == null) {
            HtmlPage.note(html, "No replication had a request, so there is no availability to plot.");
        } else {
            html.raw(StripPlot.render(Replications.of(confidence), result.info().sloAvailability())).newline();
            HtmlPage.note(html, "One dot per replication: the same scenario with independent random streams. The"
                    + " band is the " + Numbers.decimal(confidence.level() * 100, 1) + " % confidence interval of"
                    + " the mean; if it lies left of the SLO line, the design misses its target whatever the luck of"
                    + " the draw. Totals above pool all replications; charts and phase tables show replication 0.");
        }
        table(confidence, result.info().horizonNanos()).write(html);
        if (result.analytic() != null) {
            analytic(html, result.analytic());
        }
        HtmlPage.closeSection(html);
    }

    private static HtmlTable table(Confidence confidence, long horizonNanos) {
        HtmlTable table = new HtmlTable("figure", "mean", "low", "high");
        percentRow(table, "availability", confidence.availability());
        for (OperationClass c : OperationClass.values()) {
            Interval interval = confidence.byClass().get(c);
            if (interval != null) {
                percentRow(table, c.label() + " availability", interval);
            }
        }
        for (DowntimeRows.Row row : DowntimeRows.of(confidence, horizonNanos)) {
            minutesRow(table, row.label(), row.minutes());
        }
        table.row("replications that missed the SLO", Format.percent(confidence.sloMissProbability(), 1),
                Format.NONE, Format.NONE);
        return table;
    }

    private static void percentRow(HtmlTable table, String label, Interval interval) {
        if (interval == null) {
            table.row(label, "no requests", Format.NONE, Format.NONE);
            return;
        }
        table.row(label, Format.percent(interval.mean(), 4), percentOrNone(interval.low()),
                percentOrNone(interval.high()));
    }

    private static void minutesRow(HtmlTable table, String label, Interval interval) {
        if (interval != null) {
            table.row(label, Numbers.fixed(interval.mean(), 1), minutesOrNone(interval.low()),
                    minutesOrNone(interval.high()));
        }
    }

    private static String percentOrNone(Double fraction) {
        return fraction == null ? Format.NONE : Format.percent(fraction, 4);
    }

    private static String minutesOrNone(Double minutes) {
        return minutes == null ? Format.NONE : Numbers.fixed(minutes, 1);
    }

    /** The textbook cross-check alone, for a single replication. */
    static void analyticOnly(Markup html, RunResult result) {
        HtmlPage.openSection(html, "analytic", "Textbook cross-check");
        analytic(html, result.analytic());
        HtmlPage.closeSection(html);
    }

    private static void analytic(Markup html, Analytic analytic) {
        html.open("p", "class", "note").text("Textbook availability " + Format.percent(analytic.availability(), 4)
                + ", beside the simulated figure above. It holds under these assumptions; the difference is"
                + " what they leave out:").close("p").newline();
        html.open("ul", "class", "note");
        for (String assumption : analytic.assumptions()) {
            html.element("li", assumption);
        }
        html.close("ul").newline();
    }
}
