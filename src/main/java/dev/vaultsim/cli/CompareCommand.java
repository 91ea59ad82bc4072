package dev.vaultsim.cli;

import dev.vaultsim.report.ReportFormat;
import dev.vaultsim.report.compare.Comparison;
import dev.vaultsim.report.compare.ComparisonWriter;
import dev.vaultsim.report.compare.ReportReader;
import dev.vaultsim.report.compare.ReportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
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

    @Parameters(paramLabel = "REPORT.json", arity = "2..*", description = "Two or more reports; the first is the baseline.")
    private List<Path> reports;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
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
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case TEXT -> ComparisonWriter.text(comparison);
            case MARKDOWN -> ComparisonWriter.markdown(comparison);
            case JSON -> ComparisonWriter.json(comparison);
        });
        out.flush();
        return ExitCodes.OK;
    }
}
