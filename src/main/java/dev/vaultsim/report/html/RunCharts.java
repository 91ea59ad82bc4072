package dev.vaultsim.report.html;

import dev.vaultsim.record.BucketResult;
import dev.vaultsim.record.BucketStats;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.VaultTimeline;
import dev.vaultsim.report.html.ChartData.Band;
import dev.vaultsim.report.html.ChartData.Line;
import dev.vaultsim.report.html.ChartData.LineStyle;
import dev.vaultsim.report.html.ChartData.Mark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The two timeline charts of a run: availability per class and latency p50/p99, both over
 * simulated time with the vaults' states and the faults. Values are drawn at the middle of their
 * bucket.
 */
public final class RunCharts {

    static final LineStyle READ = new LineStyle("#1d4ed8", "2", null);
    static final LineStyle WRITE = new LineStyle("#9a3412", "2", "7 4");
    static final LineStyle P50 = new LineStyle("#1d4ed8", "1.6", null);
    static final LineStyle P99 = new LineStyle("#7c2d12", "2", "7 4");
    private static final double NANOS_PER_SECOND = 1e9;
    private static final double VAULT_PLOT_HEIGHT = 120;

    private RunCharts() {
    }

    /** Availability of reads and writes per bucket, 0 to 100 %. */
    public static String availability(RunResult result) {
        TimeChart chart = new TimeChart("availability", "Availability per class over simulated time",
                seconds(result.info().horizonNanos()), LinearScale::availability);
        context(chart, result, "");
        double[] x = bucketMiddles(result);
        chart.line(new Line("read", READ, x, values(result.timeline().buckets(), b -> availability(b.read()))));
        chart.line(new Line("write", WRITE, x, values(result.timeline().buckets(), b -> availability(b.write()))));
        return chart.render();
    }

    /**
     * One small chart per vault (when the scenario has several): that vault's state strip, the
     * faults, and the availability of its reads and writes, so that one vault's outage is not read
     * as a partial dip of the sum. Empty with one vault.
     */
    public static List<String> availabilityByVault(RunResult result) {
        List<String> charts = new ArrayList<>();
        int index = 0;
        for (VaultTimeline vault : result.timeline().byVault()) {
            TimeChart chart = new TimeChart("availability-vault-" + index++, "Availability of vault " + vault.vault()
                    + " per class over simulated time", seconds(result.info().horizonNanos()), LinearScale::availability)
                    .plotHeight(VAULT_PLOT_HEIGHT);
            for (PhaseResult phase : result.history().phases()) {
                if (phase.vault().equals(vault.vault())) {
                    chart.band(new Band(phase.vault(), phase.state(), seconds(phase.startNanos()), seconds(phase.endNanos())));
                }
            }
            for (FaultWindow fault : result.history().faults()) {
                chart.mark(new Mark(Faults.label(fault.fault()), seconds(fault.startNanos()),
                        seconds(Math.min(fault.endNanos(), result.info().horizonNanos()))));
            }
            double[] x = bucketMiddles(result);
            chart.line(new Line("read", READ, x, vault.read().stream().mapToDouble(RunCharts::availability).toArray()));
            chart.line(new Line("write", WRITE, x, vault.write().stream().mapToDouble(RunCharts::availability).toArray()));
            charts.add(chart.render());
        }
        return charts;
    }

    /** Latency p50 and p99 of all successful requests per bucket, on a log axis. */
    public static String latency(RunResult result) {
        double[] p50 = values(result.timeline().buckets(), b -> b.total().p50Millis());
        double[] p99 = values(result.timeline().buckets(), b -> b.total().p99Millis());
        double[] range = range(p50, p99);
        TimeChart chart = new TimeChart("latency", "Latency of successful requests over simulated time",
                seconds(result.info().horizonNanos()), (bottom, top) -> LogScale.latency(range[0], range[1], bottom, top));
        context(chart, result, "");
        double[] x = bucketMiddles(result);
        chart.line(new Line("p50", P50, x, p50));
        chart.line(new Line("p99", P99, x, p99));
        return chart.render();
    }

    /**
     * The share of failed requests per bucket of reads and writes, on a log scale: for long runs,
     * where a one-instance failure costs a fraction of a percent of a coarse bucket and would not
     * show beside a regional outage on the linear chart. Buckets without failures lie on the bottom.
     */
    public static String unavailability(RunResult result) {
        double[] read = values(result.timeline().buckets(), b -> unavailability(b.read()));
        double[] write = values(result.timeline().buckets(), b -> unavailability(b.write()));
        double smallest = range(read, write)[0];
        TimeChart chart = new TimeChart("unavailability", "Failed requests per class over simulated time, log scale",
                seconds(result.info().horizonNanos()), (bottom, top) -> LogScale.unavailability(smallest, bottom, top));
        context(chart, result, "");
        double[] x = bucketMiddles(result);
        chart.line(new Line("read", READ, x, read));
        chart.line(new Line("write", WRITE, x, write));
        return chart.render();
    }

    /** Runs longer than this get the unavailability chart too. */
    public static boolean isLong(RunResult result) {
        return result.info().horizonNanos() > 2 * 86_400 * (long) NANOS_PER_SECOND;
    }

    static double unavailability(BucketStats stats) {
        return stats.requests() == 0 ? Double.NaN : (double) stats.failed() / stats.requests();
    }

    /** The states of every vault and the faults; {@code rowPrefix} tells runs apart in a comparison. */
    static void context(TimeChart chart, RunResult result, String rowPrefix) {
        for (PhaseResult phase : result.history().phases()) {
            chart.band(new Band(rowPrefix + phase.vault(), phase.state(), seconds(phase.startNanos()),
                    seconds(phase.endNanos())));
        }
        for (FaultWindow fault : result.history().faults()) {
            chart.mark(new Mark(rowPrefix + Faults.label(fault.fault()), seconds(fault.startNanos()),
                    seconds(Math.min(fault.endNanos(), result.info().horizonNanos()))));
        }
    }

    static double[] bucketMiddles(RunResult result) {
        double[] x = new double[result.timeline().buckets().size()];
        for (int i = 0; i < x.length; i++) {
            long start = result.timeline().buckets().get(i).startNanos();
            long end = Math.min(start + result.timeline().bucketNanos(), result.info().horizonNanos());
            x[i] = (start + end) / 2.0 / NANOS_PER_SECOND;
        }
        return x;
    }

    static double[] values(List<BucketResult> timeline, ToDoubleFunction<BucketResult> value) {
        double[] y = new double[timeline.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = value.applyAsDouble(timeline.get(i));
        }
        return y;
    }

    static double availability(BucketStats stats) {
        return stats.requests() == 0 ? Double.NaN : (double) stats.succeeded() / stats.requests();
    }

    /** The smallest and largest finite positive value of the arrays, or 1 and 10 without any. */
    static double[] range(double[]... arrays) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] array : arrays) {
            for (double v : array) {
                if (v > 0 && !Double.isInfinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        return low > high ? new double[] {1, 10} : new double[] {low, high};
    }

    static double seconds(long nanos) {
        return nanos / NANOS_PER_SECOND;
    }
}
