import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs JMH's ScenarioBenchmark of two or more benchmark jars in one JVM, each jar in a class loader
 * of its own, one replication of each in turn (the order reversed every round), and prints their
 * wall times and each jar's ratio to the first, round by round. On a shared machine whose speed
 * drifts by tens of percent from one minute to the next, separate JMH forks cannot tell a few
 * percent apart; runs that alternate every second or so meet the same drift, and the ratio within
 * a round cancels it. Called by tools/compare-speed; usable alone:
 * {@code java tools/PairedSpeed.java SCENARIO DURATION WARMUP ROUNDS label=jar label=jar ...}.
 */
public class PairedSpeed {

    private record Bench(String label, Object benchmark, Object counters, Method run) {
        void runOnce() throws Exception {
            run.invoke(benchmark, counters);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: PairedSpeed SCENARIO DURATION WARMUP ROUNDS label=jar label=jar ...");
            System.exit(2);
        }
        String scenario = args[0];
        String duration = args[1];
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<Bench> benches = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            benches.add(load(args[i].substring(0, eq), Path.of(args[i].substring(eq + 1)), scenario, duration));
        }
        for (int w = 0; w < warmup; w++) {
            for (Bench bench : benches) {
                bench.runOnce();
            }
        }
        int n = benches.size();
        double[][] seconds = new double[n][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < n; k++) {
                int i = r % 2 == 0 ? k : n - 1 - k;
                long start = System.nanoTime();
                benches.get(i).runOnce();
                seconds[i][r] = (System.nanoTime() - start) / 1e9;
            }
        }
        System.out.printf("%s, %s, %d warm-up and %d timed rounds; seconds per replication, and the ratio to %s"
                + " within each round%n", scenario, duration, warmup, rounds, benches.get(0).label());
        for (int i = 0; i < n; i++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = seconds[i][r] / seconds[0][r];
            }
            double[] own = seconds[i].clone();
            Arrays.sort(own);
            Arrays.sort(ratios);
            System.out.printf("%-10s median %.4f  min %.4f  | ratio: median %.4f  quartiles %.4f %.4f%n",
                    benches.get(i).label(), quantile(own, 0.5), own[0], quantile(ratios, 0.5),
                    quantile(ratios, 0.25), quantile(ratios, 0.75));
        }
    }

    private static Bench load(String label, Path jar, String scenario, String duration) throws Exception {
        // The platform loader as parent: each jar brings its own copy of every class, the JDK's excepted.
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> type = Class.forName("dev.vaultsim.bench.ScenarioBenchmark", true, loader);
        Object benchmark = type.getConstructor().newInstance();
        type.getField("scenario").set(benchmark, scenario);
        type.getField("duration").set(benchmark, duration);
        type.getMethod("load").invoke(benchmark);
        Class<?> counters = Class.forName("dev.vaultsim.bench.ScenarioBenchmark$Counters", true, loader);
        return new Bench(label, benchmark, counters.getConstructor().newInstance(), type.getMethod("run", counters));
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
