package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.EngineKind;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A command whose work is (point, replication) units, so that {@code --shard i/N} can run a share
 * of them and {@code merge} can finish the job elsewhere: it plans (checks every input, builds
 * every point's scenario) and it finishes (writes what the pooled points give). Run in one
 * process, a command does both; sharded, the shards run units and {@code merge} finishes, through
 * the same two methods, so the bytes are the same.
 */
interface Shardable {

    /** The points of a job, each run {@code replications} times with {@code engine}. */
    record Plan(List<Scenario> points, int replications, EngineKind engine) {
    }

    /** The subcommand's name, as a shard file records it. */
    String name();

    /**
     * Checks every input and builds the plan, reading scenarios through {@code texts}.
     *
     * @throws InputException naming every bad argument, before anything runs
     */
    Plan plan(ScenarioFiles.Texts texts, PrintWriter err);

    /** Checks the output directory before anything runs; {@code out} may be null. */
    void checkOut(Plan plan, Path out);

    /**
     * Prints and writes what the pooled points give; {@code pooled.get(p)} is point p's result.
     *
     * @return the exit status
     */
    int finish(Plan plan, List<RunResult> pooled, Path out, PrintWriter stdout, PrintWriter err);
}
