package dev.vaultsim.cli;

import dev.vaultsim.report.ReportFormat;
import dev.vaultsim.report.compare.Comparison;
import dev.vaultsim.report.compare.ComparisonWriter;
import dev.vaultsim.report.compare.ReportReader;
import dev.vaultsim.report.compare.ReportSummary;
import dev.vaultsim.report.html.CompareHtmlWriter;
import dev.vaultsim.report.html.LabeledRun;
import dev.vaultsim.report.html.ReportJsonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vaultsim compare}: reports side by side, with differences and their significance. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare report.json files of vaultsim run side by side: availability, latency,"
                + " failover timings, lost writes and downtime, with differences from the first report"
                + " and, with replications, whether each difference is significant.")
final class CompareCommand implements Callable<Integer> {

    // 1..* rather than 2..*: with one report picocli's own message ("requires at least 2 values")
    // says nothing a user can act on; call() says what compare needs instead.
    @Parameters(paramLabel = "REPORT", arity = "1..*",
            description = "Two or more report.json files, or the directories run --out wrote them to;"
                    + " the first is the baseline.")
    private List<Path> arguments;

    private List<Path> reports;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write compare.html to DIR: the reports' charts on a common time axis.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (arguments.size() < 2) {
            throw new InputException(List.of("compare: one report given (" + arguments.get(0) + "); expected two or"
                    + " more, e.g. vaultsim compare out/a out/b: the first is the baseline, the others are compared"
                    + " with it"));
        }
        reports = arguments.stream().map(CompareCommand::reportFile).toList();
        List<ReportSummary> summaries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path report : reports) {
            try {
                summaries.add(ReportReader.read(report));
            } catch (ReportReader.UnreadableReport e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Comparison comparison = Comparison.of(summaries);
        String html = out == null ? null : chartsPage(comparison);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(switch (format) {
            case TEXT -> ComparisonWriter.text(comparison);
            case MARKDOWN -> ComparisonWriter.markdown(comparison);
            case JSON -> ComparisonWriter.json(comparison);
        });
        stdout.flush();
        if (html != null) {
            OutputTarget.writeAll(out, List.of(new RunFiles.OutputFile(RunFiles.COMPARE_HTML, html)));
        }
        return ExitCodes.OK;
    }

    /** A directory that run --out wrote stands for the report.json inside it. */
    private static Path reportFile(Path argument) {
        return Files.isDirectory(argument) ? argument.resolve(RunFiles.REPORT_JSON) : argument;
    }

    /** compare.html, built before anything is printed so that an unusable report writes nothing. */
    private String chartsPage(Comparison comparison) {
        OutputTarget.check(out, List.of(), List.of(RunFiles.COMPARE_HTML));
        List<LabeledRun> runs = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Path report = reports.get(i);
            try {
                runs.add(new LabeledRun(String.valueOf((char) ('A' + i)), ReportJsonReader.read(report)));
            } catch (RuntimeException e) {
                throw new InputException(List.of(report + ": cannot draw its charts (" + e.getMessage()
                        + "); expected a complete report.json written by vaultsim run"));
            }
        }
        for (Path report : reports) {
            if (!Files.exists(report.resolveSibling("timeline.csv"))) {
                spec.commandLine().getErr().println("vaultsim: " + report + ": no timeline.csv beside it;"
                        + " compare.html draws its availability of all requests only, without reads and writes");
            }
        }
        return new CompareHtmlWriter().toHtml(runs, comparison, VersionProvider.version());
    }
}
