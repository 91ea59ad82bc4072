package dev.vaultsim.report.html;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Durations;

import java.util.List;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS and SVG, no network) that tells
 * the story of a run at a glance: verdict and headline figures, availability and latency over
 * time with the vault's states and the faults, then the tables, the replications when there were
 * several, and the scenario itself. Same inputs, same bytes.
 */
public final class HtmlReportWriter {

    public String toHtml(RunResult result, ReportInputs inputs) {
        Markup html = HtmlPage.begin("vaultsim · " + result.info().scenario());
        header(html, result, inputs);
        Headline.cards(html, result);
        charts(html, result);
        HtmlPage.tableSection(html, "failovers", "Failovers", RunTables.failovers(result),
                "No failover: the vault never left NORMAL long enough to fail over.");
        HtmlPage.tableSection(html, "phases", "What clients saw in each state", RunTables.phases(result),
                "No phases.");
        HtmlPage.tableSection(html, "causes", "Failure causes (last attempt of each failed request)",
                RunTables.failureCauses(result), "No failed requests.");
        HtmlPage.tableSection(html, "operations", "By operation", RunTables.byOperation(result), "No requests.");
        HtmlPage.tableSection(html, "clients", "By client", RunTables.byClient(result), "No clients.");
        ClientViewTables.write(html, result);
        HtmlPage.tableSection(html, "faults", "Faults", RunTables.faults(result), "No faults.");
        HtmlPage.tableSection(html, "states", "Time in each state", RunTables.timeInState(result), "No vaults.");
        ZoneTables.write(html, inputs.zones());
        if (result.confidence() != null) {
            ReplicationSection.write(html, result);
        } else if (result.analytic() != null) {
            ReplicationSection.analyticOnly(html, result);
        }
        scenario(html, result, inputs);
        return HtmlPage.end(html, "vaultsim " + inputs.version() + " · scenario " + result.info().scenario()
                + " · seed " + result.info().seed() + " · simulated time only; the same inputs give the same page");
    }

    private static void header(Markup html, RunResult result, ReportInputs inputs) {
        html.open("header").newline();
        html.open("h1").text(result.info().scenario()).element("small", "vaultsim report").close("h1").newline();
        if (result.info().description() != null && !result.info().description().isBlank()) {
            html.element("p", result.info().description().strip(), "class", "lede").newline();
        }
        html.open("ul", "class", "facts");
        fact(html, "seed", Long.toString(result.info().seed()));
        fact(html, "simulated", Durations.format(result.info().horizonNanos()));
        long bucket = result.timeline().bucketNanos();
        boolean widened = inputs.requestedBucketNanos() > 0 && inputs.requestedBucketNanos() != bucket;
        fact(html, "bucket", Durations.format(bucket) + (widened ? " (widened from "
                + Durations.format(inputs.requestedBucketNanos()) + " to stay under 10,000 buckets)" : ""));
        fact(html, "replications", Integer.toString(result.info().replications()));
        fact(html, "events", Format.count(result.engine().eventsProcessed()));
        fact(html, "version", inputs.version());
        html.close("ul").newline().close("header").newline();
    }

    private static void fact(Markup html, String label, String value) {
        html.open("li").text(label + " ").element("b", value).close("li");
    }

    private static void charts(Markup html, RunResult result) {
        List<String> byVault = RunCharts.availabilityByVault(result);
        HtmlPage.openSection(html, "availability", byVault.isEmpty() ? "Availability over time"
                : "Availability over time, all vaults together");
        html.raw(RunCharts.availability(result)).newline();
        HtmlPage.note(html, "Each point is one bucket of " + Durations.format(result.timeline().bucketNanos())
                + ": the share of the requests that started in it and succeeded (after retries). "
                + (byVault.isEmpty() ? "The strip above the plot and the shading behind it show the vault's state;"
                : "The strips above the plot show each vault's state; the lines pool every vault's requests, so"
                + " one vault's outage shows as a partial dip: the charts below take the vaults one by one;")
                + " hatched bars mark faults, numbered ones are named under the legend.");
        HtmlPage.closeSection(html);
        if (!byVault.isEmpty()) {
            HtmlPage.openSection(html, "availability-by-vault", "Availability of each vault");
            byVault.forEach(chart -> html.raw(chart).newline());
            HtmlPage.note(html, "One chart per vault: the requests its clients sent to it, by the bucket their first"
                    + " attempt started in. Latency is drawn for all vaults together only.");
            HtmlPage.closeSection(html);
        }
        if (RunCharts.isLong(result)) {
            HtmlPage.openSection(html, "unavailability", "Failed requests over time");
            html.raw(RunCharts.unavailability(result)).newline();
            HtmlPage.note(html, "The share of requests that failed in each bucket, on a log scale, so that an"
                    + " instance failure costing a tenth of a percent shows beside a regional outage at 100 %."
                    + " Buckets without a failure lie on the bottom line.");
            HtmlPage.closeSection(html);
        }
        HtmlPage.openSection(html, "latency", "Latency over time");
        html.raw(RunCharts.latency(result)).newline();
        HtmlPage.note(html, "Latency of successful requests (first attempt to answer, retries included), p50 and"
                + " p99 per bucket, on a log scale. A step up while FAILED_OVER is the longer round trip to the"
                + " secondary region; gaps are buckets in which nothing succeeded.");
        HtmlPage.closeSection(html);
    }

    private static void scenario(Markup html, RunResult result, ReportInputs inputs) {
        HtmlPage.openSection(html, "scenario", "Scenario");
        html.open("details").open("summary").text("The scenario as simulated (defaults filled in), seed "
                + result.info().seed() + ", vaultsim " + inputs.version()).close("summary").newline();
        html.element("pre", inputs.scenarioYaml()).newline();
        html.close("details").newline();
        HtmlPage.note(html, "Save it as a .yaml file and run it with vaultsim run to get this report again.");
        HtmlPage.closeSection(html);
    }
}
