package dev.vaultsim.spark;

import dev.vaultsim.cli.DistributedJob;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext$;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * {@code spark-submit --class dev.vaultsim.spark.SparkSweep vaultsim-spark.jar sweep|sensitivity|run …}:
 * the vaultsim command line, its (point, replication) units run as Spark tasks, the files written
 * on the driver by vaultsim's own code (see {@link DistributedJob}), byte for byte a local run's.
 */
public final class SparkSweep {

    private SparkSweep() {
    }

    public static void main(String[] args) {
        // Whether we start Spark or join a context someone else owns (a Databricks job cluster,
        // which must not be stopped); decided only once the input is known to be good.
        boolean[] created = new boolean[1];
        JavaSparkContext[] context = new JavaSparkContext[1];
        int status = run(() -> {
            // SparkContext.getActive is private[spark] in Scala, public in bytecode: the one way to
            // ask without spark-sql's SparkSession whether a context is already running.
            created[0] = SparkContext$.MODULE$.getActive().isEmpty();
            context[0] = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(
                    new SparkConf().setAppName("vaultsim " + (args.length > 0 ? args[0] : ""))));
            return context[0];
        }, System.out, System.err, args);
        if (created[0]) {
            context[0].stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs one command line; {@code context} is asked for only when there are units to run, so
     * bad input exits 2 without starting Spark.
     */
    public static int run(Supplier<JavaSparkContext> context, PrintStream out, PrintStream err, String... args) {
        return DistributedJob.execute(new SparkUnits(context), out, err, args);
    }
}
