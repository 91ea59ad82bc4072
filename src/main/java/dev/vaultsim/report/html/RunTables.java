package dev.vaultsim.report.html;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.report.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tables of the HTML report, one method per table, rows in the report's fixed order. */
final class RunTables {

    private RunTables() {
    }

    static HtmlTable failovers(RunResult result) {
        HtmlTable table = new HtmlTable("vault: from → to", "outage", "failover", "failed over",
                "failback", "failed back", "aborted failbacks", "lost writes").wrapColumns(0);
        for (FailoverResult f : result.history().failovers()) {
            table.row(f.vault() + ": " + f.from() + " → " + f.to(), Format.clock(f.outageStartNanos()),
                    Format.clock(f.failoverStartNanos()), Format.clock(f.failoverCompleteNanos()),
                    Format.clock(f.failbackStartNanos()), Format.clock(f.failbackCompleteNanos()),
                    Integer.toString(f.failbackAborts()), Format.count(f.lostWrites()));
        }
        return table;
    }

    /** What clients saw in each state of each vault: the story of a failover, row by row. */
    static HtmlTable phases(RunResult result) {
        HtmlTable table = new HtmlTable("vault", "state", "serving", "from", "to", "read", "write",
                "read p50 ms", "read p99 ms").textColumns(1, 2).wrapColumns(0);
        for (PhaseResult phase : result.history().phases()) {
            if (phase.endNanos() <= phase.startNanos()) {
                continue;
            }
            Stats read = phase.byClass().getOrDefault(OperationClass.READ, Stats.EMPTY);
            Stats write = phase.byClass().getOrDefault(OperationClass.WRITE, Stats.EMPTY);
            table.row(phase.vault(), phase.state().name(),
                    phase.servingRegion() == null ? Format.NONE : phase.servingRegion(),
                    Format.clock(phase.startNanos()), Format.clock(phase.endNanos()),
                    Format.availability(read), Format.availability(write),
                    Format.millis(read.latency(), LatencySummary::p50Millis),
                    Format.millis(read.latency(), LatencySummary::p99Millis));
        }
        return table;
    }

    static HtmlTable failureCauses(RunResult result) {
        HtmlTable table = new HtmlTable("cause", "failed requests", "share of failures");
        long failed = result.traffic().totals().failed();
        for (FailureCause cause : FailureCause.values()) {
            long count = result.traffic().failureCauses().getOrDefault(cause, 0L);
            if (count > 0) {
                table.row(List.of(new HtmlTable.Cell(cause.name(), null),
                        new HtmlTable.Cell(Format.count(count), null),
                        new HtmlTable.Cell(Numbers.percent(count, failed, 2) + " %", (double) count / failed)));
            }
        }
        return table;
    }

    static HtmlTable byOperation(RunResult result) {
        HtmlTable table = new HtmlTable("operation", "class", "availability", "succeeded / requests",
                "p50 ms", "p99 ms", "max ms").textColumns(1);
        for (Operation operation : Operation.values()) {
            Stats stats = result.traffic().byOperation().get(operation);
            if (stats != null) {
                table.row(operation.name(), operation.operationClass().label(), Format.availability(stats),
                        Format.counts(stats), Format.millis(stats.latency(), LatencySummary::p50Millis),
                        Format.millis(stats.latency(), LatencySummary::p99Millis),
                        Format.millis(stats.latency(), LatencySummary::maxMillis));
            }
        }
        return table;
    }

    static HtmlTable byClient(RunResult result) {
        HtmlTable table = new HtmlTable("client", "availability", "succeeded / requests", "attempts",
                "p50 ms", "p99 ms");
        for (Map.Entry<String, Stats> client : result.traffic().byClient().entrySet()) {
            Stats stats = client.getValue();
            table.row(client.getKey(), Format.availability(stats), Format.counts(stats),
                    Format.count(stats.attempts()), Format.millis(stats.latency(), LatencySummary::p50Millis),
                    Format.millis(stats.latency(), LatencySummary::p99Millis));
        }
        return table;
    }

    static HtmlTable faults(RunResult result) {
        HtmlTable table = new HtmlTable("fault", "target", "starts", "ends").textColumns(1);
        for (FaultWindow window : result.history().faults()) {
            table.row(window.fault().type(), Faults.target(window.fault()), Format.clock(window.startNanos()),
                    Format.clock(window.endNanos()));
        }
        return table;
    }

    static HtmlTable timeInState(RunResult result) {
        List<String> header = new ArrayList<>(List.of("vault"));
        for (VaultState state : VaultState.values()) {
            header.add(state.name());
        }
        // Long vault names wrap rather than push the table past the page.
        HtmlTable table = new HtmlTable(header.toArray(String[]::new)).wrapColumns(0);
        for (Map.Entry<String, Map<VaultState, Long>> vault : result.history().stateNanos().entrySet()) {
            List<String> row = new ArrayList<>(List.of(vault.getKey()));
            for (VaultState state : VaultState.values()) {
                row.add(Format.clock(vault.getValue().getOrDefault(state, 0L)));
            }
            table.row(row.toArray(String[]::new));
        }
        return table;
    }
}
