package dev.vaultsim.report.html;

import dev.vaultsim.record.BucketResult;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.report.html.ChartData.Band;
import dev.vaultsim.report.html.ChartData.Line;
import dev.vaultsim.report.html.ChartData.LineStyle;
import dev.vaultsim.report.html.ChartData.Mark;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Charts that overlay several runs on one time axis (the longest horizon): a line per run, told
 * apart by colour and by dash pattern (so they survive greyscale), and a state strip per run and
 * vault instead of shading, which would pile up.
 */
final class CompareCharts {

    private static final String[] COLOURS = {"#1d4ed8", "#b45309", "#047857", "#7e22ce", "#be123c", "#374151"};
    private static final String[] DASHES = {null, "8 4", "2 3", "10 3 2 3", "4 4", "1 2"};

    private CompareCharts() {
    }

    static LineStyle style(int run) {
        return new LineStyle(COLOURS[run % COLOURS.length], "2", DASHES[run % DASHES.length]);
    }

    static String availability(String id, String title, List<LabeledRun> runs,
                               ToDoubleFunction<BucketResult> value) {
        TimeChart chart = new TimeChart(id, title, horizon(runs), LinearScale::availability).withoutShading();
        return draw(chart, runs, value);
    }

    static String latencyP99(List<LabeledRun> runs) {
        double[][] all = new double[runs.size()][];
        for (int i = 0; i < runs.size(); i++) {
            all[i] = RunCharts.values(runs.get(i).result().timeline().buckets(), b -> b.total().p99Millis());
        }
        double[] range = RunCharts.range(all);
        TimeChart chart = new TimeChart("compare-latency", "Latency p99 of successful requests per run",
                horizon(runs), (bottom, top) -> LogScale.latency(range[0], range[1], bottom, top)).withoutShading();
        return draw(chart, runs, b -> b.total().p99Millis());
    }

    private static String draw(TimeChart chart, List<LabeledRun> runs, ToDoubleFunction<BucketResult> value) {
        for (int i = 0; i < runs.size(); i++) {
            RunResult result = runs.get(i).result();
            context(chart, runs.get(i));
            chart.line(new Line(runs.get(i).label(), style(i), RunCharts.bucketMiddles(result),
                    RunCharts.values(result.timeline().buckets(), value)));
        }
        return chart.render();
    }

    /** One strip per run (per run and vault when a run has several vaults), and its faults. */
    private static void context(TimeChart chart, LabeledRun run) {
        RunResult result = run.result();
        boolean oneVault = result.history().stateNanos().size() <= 1;
        for (PhaseResult phase : result.history().phases()) {
            String row = oneVault ? run.label() : run.label() + " · " + phase.vault();
            chart.band(new Band(row, phase.state(), RunCharts.seconds(phase.startNanos()),
                    RunCharts.seconds(phase.endNanos())));
        }
        for (FaultWindow fault : result.history().faults()) {
            chart.mark(new Mark(run.label() + ": " + Faults.label(fault.fault()),
                    RunCharts.seconds(fault.startNanos()),
                    RunCharts.seconds(Math.min(fault.endNanos(), result.info().horizonNanos()))));
        }
    }

    private static double horizon(List<LabeledRun> runs) {
        long longest = 0;
        for (LabeledRun run : runs) {
            longest = Math.max(longest, run.result().info().horizonNanos());
        }
        return RunCharts.seconds(longest);
    }
}
