package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.report.JsonReportWriter;
import dev.vaultsim.report.Numbers;
import dev.vaultsim.report.ReportFormat;
import dev.vaultsim.report.ReportWriter;
import dev.vaultsim.scenario.Durations;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.EngineKind;
import dev.vaultsim.simulation.RunMonitor;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code vaultsim run}: check every scenario, simulate each, print the summary and write the files. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validate every scenario, then simulate each and print a summary.")
final class RunCommand implements Callable<Integer>, Shardable {

    @Mixin
    private ScenarioOptions scenarioOptions;

    @Option(names = "--seed", paramLabel = "N", description = "Replace the scenarios' seed.")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write report.json, timeline.csv and report.html to DIR (DIR/<scenario name>/ for several scenarios).")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Summary on stdout: text, json or markdown (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--check-slo", description = "Exit with status 3 when any scenario misses its SLO.")
    private boolean checkSlo;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "1",
            description = "Independent replications of each scenario, pooled, with confidence intervals"
                    + " (default: ${DEFAULT-VALUE}).")
    private int replications;

    @Option(names = "--engine", paramLabel = "ENGINE", completionCandidates = EngineLabels.class,
            description = "The engine for every scenario: ${COMPLETION-CANDIDATES} (default: each scenario's"
                    + " engine: key, itself exact by default).")
    private String engine;

    @Option(names = {"-q", "--quiet"},
            description = "No progress, work estimate or footer on stderr (warnings and errors still).")
    private boolean quiet;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads running replications (default: all cores); never changes a result.")
    private Integer threads;

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Run only the work units numbered ≡ i (mod N) (scenario × R + replication) and write"
                    + " DIR/part-i-of-N.json for merge.")
    private String shard;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (shard != null) {
            return Jobs.execute(this, spec, shard, threads, out);
        }
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = Jobs.threads(threads);
        Plan plan = plan(ScenarioFiles.Texts.fromDisk(), err);
        List<Scenario> scenarios = plan.points();
        OutputTarget target = out == null ? null : OutputTarget.check(out, scenarios);
        if (!quiet) {
            for (Scenario scenario : scenarios) {
                EngineKind used = plan.engine() != null ? plan.engine() : EngineKind.of(scenario.engine());
                err.println(WorkEstimate.of(scenario, used, replications, threadCount).line(scenario.name()));
            }
            BucketWidening.warn(scenarios, err);
        }

        // Wall clock only here, for the footer on stderr; reports never see it.
        long startNanos = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            RunMonitor monitor = ProgressBar.forStderr(err, scenario.name(), replications, scenario.durationNanos(), quiet);
            try {
                results.add(Simulation.run(scenario,
                        RunOptions.single().withReplications(replications, threadCount).withMonitor(monitor)
                                .withEngine(plan.engine())));
            } finally {
                if (monitor instanceof ProgressBar bar) {
                    bar.close();
                }
            }
        }
        long wallNanos = System.nanoTime() - startNanos;
        int status = finish(results, scenarios, target, spec.commandLine().getOut(), err);
        if (!quiet) {
            err.println(Footer.line(results, wallNanos));
        }
        return status;
    }

    @Override
    public String name() {
        return "run";
    }

    /** The scenarios are the points: a run of several scenarios shards like a sweep. */
    @Override
    public Plan plan(ScenarioFiles.Texts texts, PrintWriter err) {
        if (replications < 1 || replications > RunOptions.MAX_REPLICATIONS) {
            throw new InputException(List.of("--replications " + replications + ": expected a whole number from 1 to "
                    + String.format(Locale.ROOT, "%,d", RunOptions.MAX_REPLICATIONS)));
        }
        Jobs.threads(threads);
        List<Scenario> scenarios = ScenarioFiles.loadAll(scenarioOptions.files, scenarioOptions.sets, err, texts);
        if (seed != null) {
            scenarios = scenarios.stream().map(scenario -> scenario.withSeed(seed)).toList();
        }
        return new Plan(scenarios, replications, engine == null ? null : JobOptions.engineNamed(engine));
    }

    @Override
    public void checkOut(Plan plan, Path directory) {
        if (directory != null) {
            OutputTarget.check(directory, plan.points());
        }
    }

    @Override
    public int finish(Plan plan, List<RunResult> results, Path directory, PrintWriter stdout, PrintWriter err) {
        OutputTarget target = directory == null ? null : OutputTarget.check(directory, plan.points());
        return finish(results, plan.points(), target, stdout, err);
    }

    private int finish(List<RunResult> results, List<Scenario> scenarios, OutputTarget target, PrintWriter stdout,
                       PrintWriter err) {
        ReportWriter writer = format == ReportFormat.JSON
                ? new JsonReportWriter(scenarios.stream().map(s -> RunFiles.input(s, scenarioOptions.sets)).toList())
                : format.writer();
        try {
            writer.write(results, stdout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stdout.flush();
        if (target != null) {
            target.write(results, scenarios, scenarioOptions.sets);
        }
        return checkSlo ? sloStatus(results, err) : ExitCodes.OK;
    }

    private static int sloStatus(List<RunResult> results, PrintWriter err) {
        int status = ExitCodes.OK;
        for (RunResult result : results) {
            if (!result.sloMet()) {
                String actual = result.traffic().totals().requests() == 0 ? "no requests"
                        : Numbers.percent(result.traffic().totals().succeeded(), result.traffic().totals().requests(), 4) + " %";
                err.println("vaultsim: " + result.info().scenario() + " missed its SLO of "
                        + Numbers.decimal(result.info().sloAvailability() * 100, 6) + " % over its "
                        + Durations.format(result.info().horizonNanos()) + " horizon (availability " + actual + ")");
                status = ExitCodes.SLO_MISSED;
            }
        }
        return status;
    }
}
