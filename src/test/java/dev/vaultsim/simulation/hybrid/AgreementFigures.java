package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.CacheView;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import org.apache.commons.math3.stat.inference.TTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The traffic figures the two engines are compared on, one value per replication, and the test
 * that decides whether they differ: Welch's t-test per figure, Holm's step-down over the family.
 */
final class AgreementFigures {

    /** One figure of one scenario: its per-replication values under both engines. */
    record Figure(String scenario, String name, double[] exact, double[] hybrid) {

        /**
         * Welch's p. A figure constant under both engines (deterministic) gets 1 if the two
         * constants are equal and 0 if not, so a deterministic figure must be equal; a test that
         * cannot be computed (NaN) counts as a difference.
         */
        double pValue() {
            if (deterministic()) {
                return exact[0] == hybrid[0] ? 1 : 0;
            }
            double p = new TTest().tTest(exact, hybrid);
            return Double.isNaN(p) ? 0 : p;
        }

        /** Every replication gave the same value, under each engine (compared exactly, not by variance). */
        boolean deterministic() {
            return constant(exact) && constant(hybrid);
        }

        private static boolean constant(double[] values) {
            return Arrays.stream(values).allMatch(v -> v == values[0]);
        }
    }

    private AgreementFigures() {
    }

    /**
     * Requests, attempts, availability (all, per class, operation and client, for those with
     * requests), each cache's hits, misses and copies served stale (when either engine served one),
     * each vault's requests (and reads in its phases, hits included), switchovers and divergent
     * writes of clients with several vaults,
     * failures per cause (those either engine met), lost writes, p50 and p99 of successes.
     */
    static List<Figure> figures(String scenario, List<RunResult> exact, List<RunResult> hybrid) {
        List<RunResult> both = new ArrayList<>(exact);
        both.addAll(hybrid);
        Map<String, ToDoubleFunction<RunResult>> all = new LinkedHashMap<>();
        all.put("requests", r -> r.traffic().totals().requests());
        all.put("attempts", r -> r.traffic().totals().attempts());
        all.put("availability", r -> availability(r.traffic().totals()));
        for (OperationClass c : seen(both, r -> r.traffic().byClass())) {
            all.put(c.label() + " availability", r -> availability(r.traffic().byClass().get(c)));
        }
        for (Operation operation : seen(both, r -> r.traffic().byOperation())) {
            all.put(operation + " availability", r -> availability(r.traffic().byOperation().get(operation)));
        }
        for (String client : seen(both, r -> r.traffic().byClient())) {
            all.put("client " + client + " availability", r -> availability(r.traffic().byClient().get(client)));
        }
        for (String client : both.get(0).traffic().clients().cache().keySet()) {
            all.put("client " + client + " cache hits", r -> cache(r, client).hits());
            all.put("client " + client + " cache misses", r -> cache(r, client).misses());
            if (both.stream().anyMatch(r -> cache(r, client).servedStale() > 0)) {
                all.put("client " + client + " served stale", r -> cache(r, client).servedStale());
            }
        }
        for (FailureCause cause : FailureCause.values()) {
            if (both.stream().anyMatch(r -> failures(r, cause) > 0)) {
                all.put(cause + " failures", r -> failures(r, cause));
            }
        }
        all.put("lost writes", r -> r.history().failovers().stream().mapToLong(FailoverResult::lostWrites).sum());
        vaultUse(both, all);
        all.put("p50 ms", r -> latency(r, LatencySummary::p50Millis));
        all.put("p99 ms", r -> latency(r, LatencySummary::p99Millis));
        List<Figure> figures = new ArrayList<>();
        all.forEach((name, figure) -> figures.add(new Figure(scenario, name,
                exact.stream().mapToDouble(figure).toArray(), hybrid.stream().mapToDouble(figure).toArray())));
        return figures;
    }

    /** For clients with several vaults: each vault's requests, the switchovers per class and the divergent writes. */
    private static void vaultUse(List<RunResult> runs, Map<String, ToDoubleFunction<RunResult>> all) {
        var first = runs.get(0).traffic().clients();
        first.vaultUse().forEach((client, use) -> {
            for (String vault : use.byVault().keySet()) {
                all.put("client " + client + " requests on " + vault,
                        r -> r.traffic().clients().vaultUse().get(client).byVault().get(vault).requests());
                // The vault's phases count cache hits too, each on its class's current vault.
                all.put("vault " + vault + " reads in its phases", r -> phaseReads(r, vault));
            }
            for (String operationClass : use.switchovers().keySet()) {
                all.put("client " + client + " " + operationClass + " switchovers",
                        r -> r.traffic().clients().vaultUse().get(client).switchovers().get(operationClass));
            }
            all.put("client " + client + " divergent writes",
                    r -> r.traffic().clients().vaultUse().get(client).divergentWrites());
        });
    }

    /** Reads recorded in the vault's phases (every client's, cache hits included). */
    private static double phaseReads(RunResult run, String vault) {
        return run.history().phases().stream().filter(p -> p.vault().equals(vault))
                .mapToLong(p -> p.byClass().getOrDefault(OperationClass.READ, Stats.EMPTY).requests()).sum();
    }

    /** The keys with at least one request in some run, in the report's order. */
    private static <K> Set<K> seen(List<RunResult> runs, Function<RunResult, Map<K, Stats>> part) {
        Set<K> keys = new LinkedHashSet<>();
        for (RunResult run : runs) {
            part.apply(run).forEach((key, stats) -> {
                if (stats != null && stats.requests() > 0) {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    private static CacheView cache(RunResult run, String client) {
        return run.traffic().clients().cache().get(client);
    }

    private static double failures(RunResult run, FailureCause cause) {
        Long count = run.traffic().failureCauses().get(cause);
        return count == null ? 0 : count;
    }

    private static double latency(RunResult run, ToDoubleFunction<LatencySummary> percentile) {
        LatencySummary latency = run.traffic().totals().latency();
        return latency == null ? 0 : percentile.applyAsDouble(latency);
    }

    private static double availability(Stats stats) {
        return stats == null || stats.availability() == null ? 1 : stats.availability();
    }

    /** Holm's step-down procedure: the figures whose difference is significant at the family-wise level. */
    static List<Figure> holm(List<Figure> family, double familyWise) {
        List<Figure> sorted = family.stream().sorted((a, b) -> Double.compare(a.pValue(), b.pValue())).toList();
        List<Figure> rejected = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            if (sorted.get(k).pValue() > familyWise / (sorted.size() - k)) {
                break;
            }
            rejected.add(sorted.get(k));
        }
        return rejected;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return values.length < 2 ? 0 : sum / (values.length - 1);
    }
}
