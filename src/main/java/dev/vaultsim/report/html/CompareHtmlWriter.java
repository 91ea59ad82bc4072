package dev.vaultsim.report.html;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.report.compare.Comparison;
import dev.vaultsim.scenario.Durations;

import java.util.List;

/**
 * Writes {@code compare.html}: several runs side by side, a summary table and their availability
 * (all requests, then reads and writes when the runs have them per class) and p99 latency on one
 * common time axis. Self-contained and
 * deterministic like {@link HtmlReportWriter}; meant for {@code compare --out DIR}.
 */
public final class CompareHtmlWriter {

    /** The page without the differences section: charts and the side-by-side table only. */
    public String toHtml(List<LabeledRun> runs, String version) {
        return toHtml(runs, null, version);
    }

    /** @param comparison the reports' differences and tests, as {@code compare} prints them; null for none */
    public String toHtml(List<LabeledRun> runs, Comparison comparison, String version) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        Markup html = HtmlPage.begin("vaultsim · comparison of " + runs.size() + " runs");
        html.open("header").newline().open("h1").text("Comparison").element("small", runs.size() + " runs")
                .close("h1").newline().close("header").newline();
        HtmlPage.tableSection(html, "summary", "Side by side", summary(runs), "No runs.");
        if (comparison != null) {
            CompareDifferences.write(html, comparison);
        }
        if (runs.stream().anyMatch(run -> run.result().info().replications() > 1)) {
            HtmlPage.note(html, "The charts below draw replication 0 of each run (the first replication, the one"
                    + " whose states and faults the reports keep); the tables above pool every replication.");
        }
        chart(html, "total", "Availability over time", CompareCharts.availability("compare-total",
                "Availability of all requests per run", runs, b -> RunCharts.availability(b.total())));
        if (hasClassTimeline(runs)) {
            chart(html, "read", "Read availability over time", CompareCharts.availability("compare-read",
                    "Read availability per run", runs, b -> RunCharts.availability(b.read())));
            chart(html, "write", "Write availability over time", CompareCharts.availability("compare-write",
                    "Write availability per run", runs, b -> RunCharts.availability(b.write())));
        }
        List<String> withoutClasses = runs.stream().filter(run -> !hasClassTimeline(List.of(run)))
                .map(LabeledRun::label).toList();
        if (!withoutClasses.isEmpty()) {
            HtmlPage.note(html, "No read and write lines for run " + String.join(", ", withoutClasses)
                    + ": report.json holds the timeline of all requests only; the per-class timeline is in the"
                    + " timeline.csv that run --out writes beside it, and it was not there.");
        }
        chart(html, "latency", "Latency p99 of successful requests over time", CompareCharts.latencyP99(runs));
        HtmlPage.note(html, "Runs share one time axis, the longest horizon. Each strip shows one run's vault"
                + " states; lines differ in colour and dash pattern, as in the legends.");
        return HtmlPage.end(html, "vaultsim " + version + " · simulated time only; the same inputs give the same page");
    }

    /**
     * Whether any run has its timeline per class. report.json's timeline holds all requests only
     * (per class is in timeline.csv), so runs read back from JSON alone get the total chart only.
     */
    private static boolean hasClassTimeline(List<LabeledRun> runs) {
        return runs.stream().flatMap(run -> run.result().timeline().buckets().stream())
                .anyMatch(b -> b.read().requests() > 0 || b.write().requests() > 0);
    }

    private static void chart(Markup html, String id, String heading, String svg) {
        HtmlPage.openSection(html, id, heading);
        html.raw(svg).newline();
        HtmlPage.closeSection(html);
    }

    /**
     * Who is who: identity, size and the headline figures. Latency, failovers and lost writes are in
     * the differences table, where their scope (successful requests, replication 0) is spelt out.
     */
    private static HtmlTable summary(List<LabeledRun> runs) {
        HtmlTable table = new HtmlTable("run", "scenario", "seed", "replications", "simulated", "availability",
                "reads", "writes", "SLO").wrapColumns(0, 1).textColumns(8);
        for (LabeledRun run : runs) {
            RunResult r = run.result();
            table.row(run.label(), r.info().scenario(), Long.toString(r.info().seed()),
                    Integer.toString(r.info().replications()), Durations.format(r.info().horizonNanos()),
                    Format.availability(r.traffic().totals()),
                    Format.availability(r.traffic().byClass().getOrDefault(OperationClass.READ, Stats.EMPTY)),
                    Format.availability(r.traffic().byClass().getOrDefault(OperationClass.WRITE, Stats.EMPTY)),
                    r.sloMet() ? "✓\u00a0met" : "✗\u00a0missed");
        }
        return table;
    }
}
