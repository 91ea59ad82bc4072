package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.report.JsonReportWriter;
import dev.vaultsim.report.ReportInput;
import dev.vaultsim.report.TimelineCsvWriter;
import dev.vaultsim.report.html.HtmlReportWriter;
import dev.vaultsim.report.html.ReportInputs;
import dev.vaultsim.report.html.RunCharts;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioWriter;
import dev.vaultsim.scenario.ZonePlacement;

import java.util.ArrayList;
import java.util.List;

/**
 * The files one run produces, by name and content, in a fixed order: the one place that says what
 * {@code run --out} and {@code results} write, so the test that keeps {@code results/} current
 * compares exactly what the commands write.
 */
public final class RunFiles {

    /** One output file: its name inside the run's directory and its text. */
    public record OutputFile(String name, String content) {
    }

    static final String REPORT_JSON = "report.json";
    static final String TIMELINE_CSV = "timeline.csv";
    static final String REPORT_HTML = "report.html";
    /** What {@link #reports} writes, by name, for checking {@code --out} before a run. */
    static final List<String> NAMES = List.of(REPORT_JSON, TIMELINE_CSV, REPORT_HTML);
    static final String COMPARE_HTML = "compare.html";

    private RunFiles() {
    }

    /** What {@code run --out} writes: report.json, timeline.csv and report.html. */
    public static List<OutputFile> reports(Scenario scenario, RunResult result) {
        return reports(scenario, result, List.of());
    }

    /** The same, with the {@code --set} overrides the scenario was loaded with, for report.json's input block. */
    static List<OutputFile> reports(Scenario scenario, RunResult result, List<String> overrides) {
        ReportInputs inputs = ReportInputs.of(ScenarioWriter.toYaml(scenario), version(), scenario.report().bucketNanos())
                .withZones(ZonePlacement.ofZonedRegions(scenario));
        return List.of(
                new OutputFile(REPORT_JSON, new JsonReportWriter(List.of(input(scenario, overrides))).toJson(result)),
                new OutputFile(TIMELINE_CSV, new TimelineCsvWriter().toCsv(result)),
                new OutputFile(REPORT_HTML, new HtmlReportWriter().toHtml(result, inputs)));
    }

    /**
     * What {@code results} writes: the reports and the two charts as stand-alone SVG files, for
     * documents that want a picture without the page (the README shows one).
     */
    public static List<OutputFile> withCharts(Scenario scenario, RunResult result) {
        List<OutputFile> files = new ArrayList<>(reports(scenario, result));
        files.add(new OutputFile("availability.svg", RunCharts.availability(result) + "\n"));
        files.add(new OutputFile("latency.svg", RunCharts.latency(result) + "\n"));
        return files;
    }

    /** What made a report: version, resolved scenario, overrides. */
    static ReportInput input(Scenario scenario, List<String> overrides) {
        return new ReportInput(version(), ScenarioWriter.toYaml(scenario), overrides);
    }

    /** The version reports carry: the same from the jar and from test classes. */
    public static String version() {
        return VersionProvider.version();
    }
}
