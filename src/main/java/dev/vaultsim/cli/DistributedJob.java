package dev.vaultsim.cli;

import dev.vaultsim.simulation.RunListeners;
import dev.vaultsim.simulation.RunMonitor;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Shard;
import dev.vaultsim.simulation.Simulation;
import dev.vaultsim.simulation.UnitResult;
import dev.vaultsim.simulation.WorkUnit;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run}, {@code sweep} and {@code sensitivity} with their units run by someone else (a Spark
 * driver): the command line is checked and planned here as the CLI does, a {@link UnitExecutor}
 * runs the units wherever it likes, each through {@link #runUnits}, and the results are pooled and
 * finished here by the code {@code merge} uses. A distributed run therefore writes the bytes of a
 * local one, and the runner needs no access to the CLI's classes.
 */
public final class DistributedJob {

    private static final List<String> COMMANDS = List.of("run", "sweep", "sensitivity");

    private DistributedJob() {
    }

    /**
     * What a worker needs to plan the job again without the driver's files: the command, its
     * arguments without where and how fast it runs, and the scenario texts the driver read.
     * Serializable (plain strings in serializable collections) so a Spark closure can carry it.
     */
    public record Spec(String command, List<String> arguments, Map<String, String> scenarios) implements Serializable {

        public Spec {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
            // Insertion order is the order the driver read the files; Map.copyOf would lose it.
            scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
        }
    }

    /** Runs units of a job somewhere; returns one result per unit, in any order. */
    @FunctionalInterface
    public interface UnitExecutor {
        List<UnitResult> run(Spec spec, List<WorkUnit> units);
    }

    /**
     * Runs one command line ({@code sweep …}, {@code sensitivity …} or {@code run …}) with the
     * units on {@code executor}, printing and writing what the local command would.
     *
     * @return the exit status: 2 for bad input (checked before the executor sees anything), as the CLI
     */
    public static int execute(UnitExecutor executor, PrintStream out, PrintStream err, String... args) {
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return execute(executor, stdout, stderr, args);
        } catch (InputException e) {
            e.messages().forEach(stderr::println);
            return ExitCodes.BAD_INPUT;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static int execute(UnitExecutor executor, PrintWriter stdout, PrintWriter stderr, String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            throw new InputException("vaultsim: expected one of " + COMMANDS + " and its arguments, got "
                    + (args.length == 0 ? "nothing" : "'" + args[0] + "'"));
        }
        // Parsed by the CLI's own command line, so that usage errors read exactly as vaultsim's.
        CommandLine root = Main.commandLine(stdout, stderr);
        ParseResult parsed;
        try {
            parsed = root.parseArgs(args);
        } catch (ParameterException e) {
            return new ExitCodes().handleParseException(e, args);
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return ExitCodes.OK;
        }
        parsed = parsed.subcommand();
        Shardable command = (Shardable) parsed.commandSpec().userObject();
        List<String> own = Arrays.asList(args).subList(1, args.length);
        if (parsed.hasMatchedOption("--shard")) {
            throw new InputException("--shard: a distributed run runs every unit of the job; drop --shard (or run"
                    + " shards with vaultsim itself and combine them with vaultsim merge)");
        }
        Jobs.threads(parsed.matchedOptionValue("--threads", null));
        Path outDir = parsed.matchedOptionValue("--out", null);
        ScenarioFiles.Texts texts = ScenarioFiles.Texts.fromDisk();
        Shardable.Plan plan = command.plan(texts, stderr);
        command.checkOut(plan, outDir);

        long startNanos = System.nanoTime();
        Spec spec = new Spec(command.name(), Jobs.jobArguments(own), texts.all());
        List<WorkUnit> units = Simulation.units(plan.points().size(), plan.replications(), Shard.ALL);
        List<UnitResult> results = Jobs.inUnitOrder(plan, executor.run(spec, units), "distributed run");
        long wallNanos = System.nanoTime() - startNanos;
        int status = command.finish(plan, Jobs.pool(plan, results), outDir, stdout, stderr);
        stderr.println("vaultsim: " + plan.points().size() + " points × " + plan.replications() + " replications in "
                + String.format("%.1f", wallNanos / 1e9) + " s wall time (distributed)");
        return status;
    }

    /**
     * A worker's share: plans the job again from {@code spec} (as {@code merge} does; the same
     * checks, so the same points) and runs {@code units} one after the other on this thread.
     */
    public static List<UnitResult> runUnits(Spec spec, List<WorkUnit> units) {
        Shardable command = Jobs.command(spec.command());
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(spec.arguments().toArray(String[]::new));
        // Warnings were printed once, on the driver.
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Shardable.Plan plan = command.plan(ScenarioFiles.Texts.stored(spec.scenarios()), quiet);
        RunOptions options = new RunOptions(plan.replications(), 1, plan.engine(), RunMonitor.NONE, RunListeners.NONE);
        List<UnitResult> results = new ArrayList<>();
        for (WorkUnit unit : units) {
            results.add(Simulation.replicate(plan.points().get(unit.point()), unit, options));
        }
        return results;
    }
}
