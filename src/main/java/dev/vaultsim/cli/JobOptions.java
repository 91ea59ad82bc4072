package dev.vaultsim.cli;

import dev.vaultsim.simulation.EngineKind;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What {@code sweep} and {@code sensitivity} share: replications, engine, seed, overrides, where and how fast. */
final class JobOptions {

    @Option(names = "--replications", paramLabel = "R", defaultValue = "20",
            description = "Replications of each point (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads running (point, replication) units (default: all cores); never changes a result.")
    Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "hybrid", completionCandidates = EngineLabels.class,
            description = "The engine: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--seed", paramLabel = "N", description = "Replace the scenario's seed (every point uses it).")
    Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Replace one value at every point; repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write the files to DIR (with --shard, the shard file).")
    Path out;

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Run only the work units numbered ≡ i (mod N) and write DIR/part-i-of-N.json for merge.")
    String shard;

    void check() {
        if (replications < 1) {
            throw new InputException("--replications " + replications + ": expected a whole number of at least 1");
        }
        engine();
    }

    /** One directory for all the job's files, checked before anything runs. */
    static void checkOut(Shardable.Plan plan, Path out) {
        if (out != null) {
            OutputTarget.check(out, plan.points().subList(0, 1));
        }
    }

    EngineKind engine() {
        return engineNamed(engine);
    }

    /** The engine called {@code label}, or exit 2 naming the valid ones. */
    static EngineKind engineNamed(String label) {
        String engine = label;
        return Arrays.stream(EngineKind.values()).filter(kind -> kind.label().equals(engine)).findFirst()
                .orElseThrow(() -> new InputException("--engine " + engine + ": expected one of "
                        + Arrays.stream(EngineKind.values()).map(EngineKind::label).toList()));
    }
}
