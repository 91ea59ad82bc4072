package dev.vaultsim.report.html;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.Durations;

/**
 * The row of cards at the top of a report: the SLO verdict (in words and a symbol, not only a
 * colour) and the figures an architect asks for first.
 */
final class Headline {

    private Headline() {
    }

    static void cards(Markup html, RunResult result) {
        html.open("div", "class", "cards").newline();
        boolean met = result.sloMet();
        boolean judged = result.traffic().totals().requests() > 0;
        card(html, "verdict " + (!judged ? "none" : met ? "met" : "missed"),
                "SLO " + Format.sloPercent(result.info().sloAvailability()) + " over "
                        + Durations.format(result.info().horizonNanos()), !judged ? "no requests" : met ? "✓ met" : "✗ missed");
        card(html, "", "availability", Format.availability(result.traffic().totals()));
        card(html, "", "reads", Format.availability(result.traffic().byClass().getOrDefault(OperationClass.READ, Stats.EMPTY)));
        card(html, "", "writes", Format.availability(result.traffic().byClass().getOrDefault(OperationClass.WRITE, Stats.EMPTY)));
        card(html, "", "p99 of successful requests", p99(result.traffic().totals()));
        // Failovers and lost writes are replication 0's; the cards before them pool every replication.
        String zero = result.info().replications() > 1 ? " (replication 0)" : "";
        card(html, "", "failovers" + zero, Integer.toString(result.history().failovers().size()));
        card(html, "", "lost writes" + zero, Format.count(result.history().failovers().stream().mapToLong(FailoverResult::lostWrites).sum()));
        html.close("div").newline();
    }

    private static String p99(Stats stats) {
        String millis = Format.millis(stats.latency(), LatencySummary::p99Millis);
        return millis.equals(Format.NONE) ? millis : millis + " ms";
    }

    private static void card(Markup html, String kind, String label, String value) {
        html.open("div", "class", ("card " + kind).strip());
        html.element("span", label, "class", "label").element("span", value, "class", "value");
        html.close("div").newline();
    }
}
