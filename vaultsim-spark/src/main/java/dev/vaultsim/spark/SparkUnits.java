package dev.vaultsim.spark;

import dev.vaultsim.cli.DistributedJob;
import dev.vaultsim.simulation.UnitResult;
import dev.vaultsim.simulation.UnitResultCodec;
import dev.vaultsim.simulation.WorkUnit;
import org.apache.spark.api.java.JavaSparkContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a job's units as Spark tasks. Units go out as (point, replication) pairs dealt round-robin,
 * each task re-plans the job once and runs its slice, and results come back as the JSON of
 * {@link UnitResultCodec}, the exact form shard files use, so nothing of ours needs Java
 * serialization and the driver pools what {@code merge} would.
 */
final class SparkUnits implements DistributedJob.UnitExecutor {

    /** Spark setting: how many tasks the units are split into. */
    static final String TASKS = "spark.vaultsim.tasks";
    /** Tasks per core by default: enough for a slow point not to hold up the others much. */
    private static final int TASKS_PER_CORE = 4;

    private final Supplier<JavaSparkContext> context;

    SparkUnits(Supplier<JavaSparkContext> context) {
        this.context = context;
    }

    @Override
    public List<UnitResult> run(DistributedJob.Spec spec, List<WorkUnit> units) {
        JavaSparkContext spark = context.get();
        int tasks = tasks(spark.getConf().getInt(TASKS, 0), spark.defaultParallelism(), units.size());
        List<int[]> pairs = new ArrayList<>();
        for (WorkUnit unit : dealt(units, tasks)) {
            pairs.add(new int[] {unit.point(), unit.replication()});
        }
        spark.setJobDescription("vaultsim " + spec.command() + ": " + units.size() + " units in " + tasks + " tasks");
        List<String> json = spark.parallelize(pairs, tasks).mapPartitions(new UnitTask(spec)).collect();
        List<UnitResult> results = new ArrayList<>();
        for (String text : json) {
            results.add(UnitResultCodec.fromJsonText(text));
        }
        return results;
    }

    /**
     * The units reordered so that Spark's contiguous slices deal them out as {@code --shard} does
     * (slice k holds the units numbered ≡ k mod tasks): every task gets some of every point, so
     * a costly point does not make one task the straggler. The driver sorts the results back.
     */
    static List<WorkUnit> dealt(List<WorkUnit> units, int tasks) {
        List<WorkUnit> dealt = new ArrayList<>(units.size());
        for (int k = 0; k < tasks; k++) {
            for (int i = k; i < units.size(); i += tasks) {
                dealt.add(units.get(i));
            }
        }
        return dealt;
    }

    /** The setting when given, else a few tasks per core; never more tasks than units. */
    static int tasks(int configured, int cores, int units) {
        int wanted = configured > 0 ? configured : cores * TASKS_PER_CORE;
        return Math.max(1, Math.min(wanted, units));
    }
}
