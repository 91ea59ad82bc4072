package dev.vaultsim.cli;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.SensitivityResult;
import dev.vaultsim.report.SensitivityWriters;
import dev.vaultsim.report.SweepFigures;
import dev.vaultsim.report.html.SensitivityHtmlWriter;
import dev.vaultsim.scenario.Grid;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.Variation;
import dev.vaultsim.simulation.ConfidenceIntervals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vaultsim sensitivity}: each parameter at its low and high value, the others at the
 * scenario's own, ranked by the effect on one metric. Points: the scenario itself, then low and
 * high of each parameter in the order given, all with the same seed.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Which parameter matters most: each at LOW and HIGH, one at a time, ranked by its effect.")
final class SensitivityCommand implements Callable<Integer>, Shardable {

    private static final double MINUTES_PER_MONTH = 30 * 24 * 60;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--vary", paramLabel = "PATH=LOW..HIGH", required = true,
            description = "A --set path and its low and high values (LOW..HIGH or LOW,HIGH); repeatable.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "availability",
            description = "availability, read, write or downtime (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "The table on stdout: text, markdown or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    JobOptions job;

    @Spec
    CommandSpec spec;

    private List<Variation> variations;

    @Override
    public Integer call() {
        return Jobs.execute(this, spec, job.shard, job.threads, job.out);
    }

    @Override
    public String name() {
        return "sensitivity";
    }

    @Override
    public Plan plan(ScenarioFiles.Texts texts, PrintWriter err) {
        job.check();
        if (!SweepFigures.METRICS.contains(metric)) {
            throw new InputException("--metric " + metric + ": expected one of " + SweepFigures.METRICS);
        }
        if (!List.of("text", "markdown", "csv").contains(format)) {
            throw new InputException("--format " + format + ": expected text, markdown or csv");
        }
        List<String> lists = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String argument : vary) {
            String list = argument.replaceFirst("=(.+?)\\.\\.(.+)$", "=$1,$2");
            if (list.equals(argument) && !argument.contains(",")) {
                problems.add("--vary " + argument + ": expected PATH=LOW..HIGH, e.g. service.failover.detection=1m..1h");
            }
            lists.add(list);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        variations = SweepPoints.variations(lists, job.sets);
        List<Grid.Point> points = new ArrayList<>(List.of(new Grid.Point(List.of(), List.of())));
        for (Variation variation : variations) {
            if (variation.values().size() != 2) {
                throw new InputException("--vary " + variation.argument() + ": " + variation.values().size()
                        + " values; expected exactly a low and a high value");
            }
            for (int i = 0; i < 2; i++) {
                points.add(new Grid.Point(List.of(variation.values().get(i)), List.of(variation.set(i))));
            }
        }
        List<Scenario> scenarios = SweepPoints.load(file, job.sets, job.seed, points, variations, texts, err);
        return new Plan(scenarios, job.replications, job.engine());
    }

    @Override
    public void checkOut(Plan plan, Path out) {
        JobOptions.checkOut(plan, out);
    }

    @Override
    public int finish(Plan plan, List<RunResult> pooled, Path out, PrintWriter stdout, PrintWriter err) {
        List<SensitivityResult.Effect> effects = new ArrayList<>();
        for (int k = 0; k < variations.size(); k++) {
            Variation v = variations.get(k);
            RunResult low = pooled.get(1 + 2 * k);
            RunResult high = pooled.get(2 + 2 * k);
            effects.add(new SensitivityResult.Effect(v.path(), v.values().get(0), v.values().get(1),
                    SweepFigures.of(low).metric(metric), SweepFigures.of(high).metric(metric), difference(low, high)));
        }
        effects.sort(Comparator.comparingDouble((SensitivityResult.Effect e) -> -Math.abs(size(e))));
        Scenario base = plan.points().get(0);
        SensitivityResult result = new SensitivityResult(base.name(), base.seed(), plan.replications(), metric,
                base.report().sloAvailability(), SweepFigures.of(pooled.get(0)).metric(metric), effects);
        stdout.print(SensitivityWriters.text(result, format));
        stdout.flush();
        if (out != null) {
            OutputTarget.writeAll(out, List.of(
                    new RunFiles.OutputFile("sensitivity.csv", SensitivityWriters.text(result, "csv")),
                    new RunFiles.OutputFile("sensitivity.html", new SensitivityHtmlWriter().toHtml(result, RunFiles.version()))));
        }
        return ExitCodes.OK;
    }

    private static double size(SensitivityResult.Effect effect) {
        return effect.difference() == null ? 0 : effect.difference().mean();
    }

    /**
     * High minus low, replication by replication: the same seed at both points makes the pairs
     * share their luck (common random numbers), so the interval is that of the parameter's effect.
     */
    private Interval difference(RunResult low, RunResult high) {
        List<Double> a = perReplication(low);
        List<Double> b = perReplication(high);
        List<Double> differences = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            differences.add(a.get(i) == null || b.get(i) == null ? null : b.get(i) - a.get(i));
        }
        return ConfidenceIntervals.of(differences, -Double.MAX_VALUE, Double.MAX_VALUE, 0.95);
    }

    /** The metric of each replication; one replication has only its own result. */
    private List<Double> perReplication(RunResult result) {
        Confidence c = result.confidence();
        if (c == null) {
            Interval only = SweepFigures.of(result).metric(metric);
            return Collections.singletonList(only == null ? null : only.mean());
        }
        List<Double> values = switch (metric) {
            case "read" -> c.replicationAvailabilityByClass().get(OperationClass.READ);
            case "write" -> c.replicationAvailabilityByClass().get(OperationClass.WRITE);
            default -> c.replicationAvailability();
        };
        if (!metric.equals("downtime")) {
            return values;
        }
        return values.stream().map(a -> a == null ? null : (1 - a) * MINUTES_PER_MONTH).toList();
    }
}
