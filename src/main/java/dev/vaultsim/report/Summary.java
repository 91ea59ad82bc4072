package dev.vaultsim.report;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Durations;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a human-readable summary of one run says, before it is laid out as text or markdown: a
 * title, facts about the run, titled tables in a fixed order and the SLO verdict. Keeping the
 * content here means text and markdown cannot drift apart.
 *
 * @param facts    short {@code label value} pairs such as {@code seed 42}
 * @param sections tables in print order; empty tables are left out
 */
record Summary(String title, String description, List<String> facts, List<Section> sections, String verdict) {

    /**
     * One titled table, or a single line when there is nothing to tabulate.
     *
     * @param footnote printed under a non-empty table ("" for none)
     */
    record Section(String heading, Table table, String emptyNote, String footnote) {
        Section(String heading, Table table, String emptyNote) {
            this(heading, table, emptyNote, "");
        }
    }

    static Summary of(RunResult result) {
        List<String> facts = List.of(
                "seed " + result.info().seed(),
                "horizon " + Cells.clock(result.info().horizonNanos()),
                "replications " + result.info().replications(),
                "events " + String.format(Locale.ROOT, "%,d", result.engine().eventsProcessed()));
        return new Summary("Scenario " + result.info().scenario(), result.info().description(), facts,
                SummarySections.all(result), verdict(result));
    }

    /** Each run's summary rendered one way, separated by a blank line. */
    static void writeAll(List<RunResult> results, Writer out, Function<Summary, String> render) throws IOException {
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                out.write('\n');
            }
            out.write(render.apply(of(results.get(i))));
        }
        out.flush();
    }

    /** {@code SLO 99.99 % over the 6h horizon: MET}, {@code … MISSED}, or {@code … no requests} when there is no availability to judge. */
    static String verdict(RunResult result) {
        String verdict = result.traffic().totals().requests() == 0 ? "no requests" : result.sloMet() ? "MET" : "MISSED";
        // Judged on the availability over the whole horizon, not per month or per window: say so.
        return "SLO " + Cells.sloPercent(result.info().sloAvailability()) + " % over the "
                + Durations.format(result.info().horizonNanos()) + " horizon: " + verdict;
    }
}
