package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.SweepResult;
import dev.vaultsim.report.SweepWriters;
import dev.vaultsim.report.html.SweepHtmlWriter;
import dev.vaultsim.scenario.Grid;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.Variation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vaultsim sweep}: a grid of variants of one scenario, common random numbers, R replications each. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a grid of variants of a scenario (same seed at every point) and tabulate availability"
                + " against the varied parameters.")
final class SweepCommand implements Callable<Integer>, Shardable {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--vary", paramLabel = "PATH=VALUES", required = true,
            description = "A --set path and its values: a list (1m,5m,1h) or a range FROM..TO:N (FROM..TO:Nlog"
                    + " for log spacing); several make a grid.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--zip", description = "Pair the --vary lists position by position instead of a grid.")
    boolean zip;

    @Mixin
    JobOptions job;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "The table on stdout: text, markdown, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    private List<Variation> variations;
    private Grid grid;

    @Override
    public Integer call() {
        return Jobs.execute(this, spec, job.shard, job.threads, job.out);
    }

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public Plan plan(ScenarioFiles.Texts texts, PrintWriter err) {
        job.check();
        if (!List.of("text", "markdown", "csv", "json").contains(format)) {
            throw new InputException("--format " + format + ": expected text, markdown, csv or json");
        }
        variations = SweepPoints.variations(vary, job.sets);
        try {
            grid = Grid.of(variations, zip);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        List<Scenario> points = SweepPoints.load(file, job.sets, job.seed, grid.points(), variations, texts, err);
        return new Plan(points, job.replications, job.engine());
    }

    @Override
    public void checkOut(Plan plan, Path out) {
        JobOptions.checkOut(plan, out);
    }

    @Override
    public int finish(Plan plan, List<RunResult> pooled, Path out, PrintWriter stdout, PrintWriter err) {
        SweepResult sweep = result(plan, pooled);
        stdout.print(format.equals("json") ? SweepWriters.json(sweep) : SweepWriters.text(sweep, format));
        stdout.flush();
        if (out != null) {
            List<RunFiles.OutputFile> files = new ArrayList<>();
            files.add(new RunFiles.OutputFile("sweep.json", SweepWriters.json(sweep)));
            files.add(new RunFiles.OutputFile("sweep.csv", SweepWriters.csv(sweep)));
            files.add(new RunFiles.OutputFile("sweep.html", new SweepHtmlWriter().toHtml(sweep, RunFiles.version())));
            files.addAll(SweepFiles.pointReports(sweep, plan.points()));
            OutputTarget.writeAll(out, files);
        }
        return ExitCodes.OK;
    }

    private SweepResult result(Plan plan, List<RunResult> pooled) {
        Scenario base = plan.points().get(0);
        List<SweepResult.Point> points = new ArrayList<>();
        for (int p = 0; p < pooled.size(); p++) {
            points.add(new SweepResult.Point(grid.points().get(p).values(), pooled.get(p),
                    SweepFiles.reportPath(p, pooled.size())));
        }
        return new SweepResult(base.name(), base.seed(), plan.replications(), base.report().sloAvailability(),
                variations.stream().map(Variation::path).toList(), points);
    }
}
