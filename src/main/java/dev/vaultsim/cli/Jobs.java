package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.report.AtomicOutput;
import dev.vaultsim.simulation.RunListeners;
import dev.vaultsim.simulation.RunMonitor;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Shard;
import dev.vaultsim.simulation.Simulation;
import dev.vaultsim.simulation.UnitResult;
import dev.vaultsim.simulation.WorkUnit;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a {@link Shardable} command: all of it here (plan, run every unit, pool, finish), or with
 * {@code --shard i/N} its share of the units into a shard file for {@code merge}. Also the
 * pooling both paths share, so that a merged job writes the bytes of an unsharded one.
 */
final class Jobs {

    /** Options that say where and how fast a job runs, never what it computes: not part of its identity. */
    private static final List<String> RUN_LOCATION = List.of("--shard", "--out", "--threads");

    private Jobs() {
    }

    static int execute(Shardable command, CommandSpec spec, String shardText, Integer threads, Path out) {
        PrintWriter err = spec.commandLine().getErr();
        Shard shard = parseShard(shardText);
        int threadCount = threads(threads);
        ScenarioFiles.Texts texts = ScenarioFiles.Texts.fromDisk();
        Shardable.Plan plan = command.plan(texts, err);
        if (!shard.isAll() && out == null) {
            throw new InputException("--shard " + shardText + ": needs --out DIR for the shard file");
        }
        command.checkOut(plan, out);
        long startNanos = System.nanoTime();
        List<WorkUnit> units = Simulation.units(plan.points().size(), plan.replications(), shard);
        RunOptions options = new RunOptions(plan.replications(), threadCount, plan.engine(),
                progress(err, command.name(), plan, units), RunListeners.NONE);
        List<UnitResult> results = Simulation.runUnits(plan.points(), options, shard);
        long wallNanos = System.nanoTime() - startNanos;
        if (!shard.isAll()) {
            List<String> original = spec.commandLine().getParseResult().originalArgs();
            // The parse result of a subcommand holds the whole command line; keep what follows its name.
            List<String> own = original.subList(original.indexOf(command.name()) + 1, original.size());
            List<String> arguments = jobArguments(own);
            PartFile part = new PartFile(new PartFile.Job(command.name(), arguments, texts.all(), RunFiles.version()),
                    shard, units.size(), results);
            Path file = out.resolve(PartFile.fileName(shard));
            try {
                AtomicOutput.write(file, part.toJson());
            } catch (IOException e) {
                throw new InputException("--out: cannot write " + file + ": " + e);
            }
            err.println("vaultsim: shard " + shard.index() + "/" + shard.count() + ": " + units.size() + " of "
                    + plan.points().size() * plan.replications() + " units in " + file + " ("
                    + String.format("%.1f", wallNanos / 1e9) + " s); combine the parts with vaultsim merge");
            return ExitCodes.OK;
        }
        int status = command.finish(plan, pool(plan, results), out, spec.commandLine().getOut(), err);
        err.println("vaultsim: " + plan.points().size() + " points × " + plan.replications() + " replications in "
                + String.format("%.1f", wallNanos / 1e9) + " s wall time");
        return status;
    }

    /** Every point's result from all its units, given in unit-number order. */
    static List<RunResult> pool(Shardable.Plan plan, List<UnitResult> results) {
        List<RunResult> pooled = new ArrayList<>();
        int r = plan.replications();
        for (int p = 0; p < plan.points().size(); p++) {
            pooled.add(Simulation.pool(plan.points().get(p), results.subList(p * r, (p + 1) * r)));
        }
        return pooled;
    }

    /**
     * The results sorted by unit number, checked to be every unit of the job once: pooling takes
     * them in this order, which is what makes a merged or distributed job the bytes of a local one.
     *
     * @param where how a message names the results' source
     */
    static List<UnitResult> inUnitOrder(Shardable.Plan plan, List<UnitResult> results, String where) {
        List<UnitResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingLong(r -> r.unit().number(plan.replications())));
        List<WorkUnit> expected = Simulation.units(plan.points().size(), plan.replications(), Shard.ALL);
        if (!sorted.stream().map(UnitResult::unit).toList().equals(expected)) {
            throw new InputException(where + " hold " + sorted.size() + " units but the job has "
                    + expected.size() + " (a damaged or hand-made part?)");
        }
        return sorted;
    }

    /** The shardable command of this name, new, for a shard file's or a distributed run's arguments. */
    static Shardable command(String name) {
        List<Supplier<Shardable>> commands = List.of(RunCommand::new, SweepCommand::new, SensitivityCommand::new);
        for (Supplier<Shardable> supplier : commands) {
            Shardable command = supplier.get();
            if (command.name().equals(name)) {
                return command;
            }
        }
        throw new InputException("merge: the parts were written by '" + name + "', which this vaultsim cannot merge");
    }

    static Shard parseShard(String text) {
        if (text == null) {
            return Shard.ALL;
        }
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw new InputException("--shard " + text + ": expected i/N with 0 ≤ i < N, e.g. --shard 0/4");
    }

    static int threads(Integer threads) {
        if (threads != null && threads < 1) {
            throw new InputException("--threads " + threads + ": expected a whole number of at least 1");
        }
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The arguments without the run-location options and their values (both {@code --out DIR} and {@code --out=DIR}). */
    static List<String> jobArguments(List<String> original) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            String arg = original.get(i);
            if (RUN_LOCATION.contains(arg)) {
                i++;
            } else if (RUN_LOCATION.stream().noneMatch(option -> arg.startsWith(option + "="))) {
                kept.add(arg);
            }
        }
        return kept;
    }

    private static RunMonitor progress(PrintWriter err, String label, Shardable.Plan plan, List<WorkUnit> units) {
        int[] perPoint = new int[plan.points().size()];
        units.forEach(unit -> perPoint[unit.point()]++);
        return new UnitProgress(err, label, perPoint);
    }
}
