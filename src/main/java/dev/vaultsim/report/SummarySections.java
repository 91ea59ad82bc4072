package dev.vaultsim.report;

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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the tables of a {@link Summary}, one method per section, in print order. */
final class SummarySections {

    /** More fault rows than this are folded by kind and target, as report.html folds its tables. */
    static final int FOLD_FAULTS_AFTER = 24;

    private SummarySections() {
    }

    static List<Summary.Section> all(RunResult result) {
        List<Summary.Section> sections = new ArrayList<>();
        sections.add(new Summary.Section("Availability", availability(result), ""));
        if (result.confidence() != null) {
            sections.add(new Summary.Section("Across " + result.info().replications() + " replications (95 % confidence)",
                    StatisticsSections.confidence(result), ""));
        }
        if (result.analytic() != null) {
            sections.add(new Summary.Section("Textbook cross-check", StatisticsSections.analytic(result), "",
                    StatisticsSections.assumptions(result)));
        }
        sections.add(new Summary.Section("Failure causes", failureCauses(result), "no failed requests"));
        sections.add(new Summary.Section("By operation", byOperation(result), "no requests"));
        sections.add(new Summary.Section("By client", byClient(result), "no clients"));
        ClientViewSections.addTo(sections, result.traffic().clients());
        // With replications, these sections describe replication 0 while the figures above pool all.
        String first = result.info().replications() > 1 ? " (replication 0)" : "";
        boolean fold = result.history().faults().size() > FOLD_FAULTS_AFTER;
        String omitted = result.history().faultsOmitted() == 0 ? ""
                : "… and " + result.history().faultsOmitted() + " more faults, counted but not listed";
        sections.add(fold
                ? new Summary.Section("Faults" + first + ", by kind and target", foldedFaults(result), "no faults",
                        (omitted.isEmpty() ? "" : omitted + ". ") + "Every fault, one a row: report.json, report.html.")
                : new Summary.Section("Faults" + first, faults(result), "no faults", omitted));
        sections.add(new Summary.Section("Failovers" + first, failovers(result), "no failovers"));
        sections.add(new Summary.Section("Phases" + first, phases(result), "no phases"));
        sections.add(new Summary.Section("Time in state" + first, stateDurations(result), "no vaults"));
        return sections;
    }

    private static Table availability(RunResult result) {
        Table table = Table.withHeader("class", "availability", "succeeded/requests", "attempts", "p50 ms", "p99 ms");
        statsRow(table, "total", result.traffic().totals());
        for (OperationClass operationClass : OperationClass.values()) {
            statsRow(table, operationClass.label(), result.traffic().byClass().getOrDefault(operationClass, Stats.EMPTY));
        }
        return table;
    }

    private static void statsRow(Table table, String label, Stats stats) {
        table.row(label, Cells.availability(stats), Cells.counts(stats), Long.toString(stats.attempts()),
                Cells.millis(stats.latency(), LatencySummary::p50Millis),
                Cells.millis(stats.latency(), LatencySummary::p99Millis));
    }

    private static Table failureCauses(RunResult result) {
        Table table = Table.withHeader("cause", "failed", "share");
        for (FailureCause cause : FailureCause.values()) {
            long count = result.traffic().failureCauses().getOrDefault(cause, 0L);
            if (count > 0) {
                table.row(cause.name(), Long.toString(count),
                        Numbers.percent(count, result.traffic().totals().failed(), 2) + " %");
            }
        }
        return table;
    }

    private static Table byOperation(RunResult result) {
        Table table = Table.withHeader("operation", "class", "availability", "succeeded/requests", "p50 ms", "p99 ms")
                .alignLeft(1);
        for (Operation operation : Operation.values()) {
            Stats stats = result.traffic().byOperation().get(operation);
            if (stats != null) {
                table.row(operation.name(), operation.operationClass().label(), Cells.availability(stats),
                        Cells.counts(stats), Cells.millis(stats.latency(), LatencySummary::p50Millis),
                        Cells.millis(stats.latency(), LatencySummary::p99Millis));
            }
        }
        return table;
    }

    private static Table byClient(RunResult result) {
        Table table = Table.withHeader("client", "availability", "succeeded/requests", "attempts", "p50 ms", "p99 ms");
        for (Map.Entry<String, Stats> client : result.traffic().byClient().entrySet()) {
            statsRow(table, client.getKey(), client.getValue());
        }
        return table;
    }

    private static Table faults(RunResult result) {
        Table table = Table.withHeader("fault", "target", "start", "end").alignLeft(1);
        for (FaultWindow window : result.history().faults()) {
            table.row(window.fault().type(), FaultTargetText.of(window.fault(), FaultTargetText.Signs.ASCII),
                    Cells.clock(window.startNanos()), Cells.clock(window.endNanos()));
        }
        return table;
    }

    /**
     * A year of random faults, one line per kind and target with the count and the time down, so
     * that the terminal shows a summary, not hundreds of rows (the HTML report folds them too).
     */
    private static Table foldedFaults(RunResult result) {
        Map<String, long[]> groups = new LinkedHashMap<>();
        Map<String, FaultWindow> firstOfGroup = new LinkedHashMap<>();
        for (FaultWindow window : result.history().faults()) {
            String target = FaultTargetText.of(window.fault(), FaultTargetText.Signs.ASCII);
            String key = window.fault().type() + "\u0000" + target;
            firstOfGroup.putIfAbsent(key, window);
            long[] countAndNanos = groups.computeIfAbsent(key, k -> new long[2]);
            countAndNanos[0]++;
            countAndNanos[1] += window.endNanos() - window.startNanos();
        }
        Table table = Table.withHeader("fault", "target", "count", "total time", "first").alignLeft(1);
        for (Map.Entry<String, long[]> group : groups.entrySet()) {
            FaultWindow first = firstOfGroup.get(group.getKey());
            table.row(first.fault().type(), FaultTargetText.of(first.fault(), FaultTargetText.Signs.ASCII),
                    Long.toString(group.getValue()[0]), Cells.clock(group.getValue()[1]), Cells.clock(first.startNanos()));
        }
        return table;
    }

    private static Table failovers(RunResult result) {
        Table table = Table.withHeader("vault", "from", "to", "outage", "failover", "failed over",
                "failback", "failed back", "failback aborts", "lost writes").alignLeft(1, 2);
        for (FailoverResult failover : result.history().failovers()) {
            table.row(failover.vault(), failover.from(), failover.to(), Cells.clock(failover.outageStartNanos()),
                    Cells.clock(failover.failoverStartNanos()), Cells.clock(failover.failoverCompleteNanos()),
                    Cells.clock(failover.failbackStartNanos()), Cells.clock(failover.failbackCompleteNanos()),
                    Integer.toString(failover.failbackAborts()), Long.toString(failover.lostWrites()));
        }
        return table;
    }

    /** What clients saw in each state of each vault: the story of a failover, row by row. */
    private static Table phases(RunResult result) {
        Table table = Table.withHeader("vault", "state", "serving", "start", "end", "read", "write",
                "read p50 ms", "write p50 ms").alignLeft(1, 2);
        for (PhaseResult phase : result.history().phases()) {
            if (phase.endNanos() <= phase.startNanos()) {
                continue;
            }
            Stats read = phase.byClass().getOrDefault(OperationClass.READ, Stats.EMPTY);
            Stats write = phase.byClass().getOrDefault(OperationClass.WRITE, Stats.EMPTY);
            table.row(phase.vault(), phase.state().name(), phase.servingRegion() == null ? "-" : phase.servingRegion(),
                    Cells.clock(phase.startNanos()), Cells.clock(phase.endNanos()),
                    Cells.availability(read), Cells.availability(write),
                    Cells.millis(read.latency(), LatencySummary::p50Millis),
                    Cells.millis(write.latency(), LatencySummary::p50Millis));
        }
        return table;
    }

    private static Table stateDurations(RunResult result) {
        VaultState[] states = VaultState.values();
        String[] header = new String[states.length + 1];
        header[0] = "vault";
        for (int i = 0; i < states.length; i++) {
            header[i + 1] = states[i].name();
        }
        Table table = Table.withHeader(header);
        for (Map.Entry<String, Map<VaultState, Long>> vault : result.history().stateNanos().entrySet()) {
            String[] row = new String[states.length + 1];
            row[0] = vault.getKey();
            for (int i = 0; i < states.length; i++) {
                row[i + 1] = Cells.clock(vault.getValue().getOrDefault(states[i], 0L));
            }
            table.row(row);
        }
        return table;
    }
}
