package dev.vaultsim.simulation;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Aggregates;
import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.EngineFigures;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pools the R replications of one point into one result. Pooling only adds counts and histograms
 * and keeps per-replication figures by index, so the result does not depend on where or in which
 * order the replications ran.
 */
final class Replications {

    private static final double MINUTES_PER_MONTH = 30 * 24 * 60;
    private static final double MINUTES_PER_YEAR = 365 * 24 * 60;

    private Replications() {
    }

    /** @param units the point's replications 0 … R-1, in order */
    static RunResult pooled(Scenario scenario, List<UnitResult> units) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).unit().replication() != i) {
                throw new IllegalArgumentException("replication " + i + " missing from the pool of " + scenario.name());
            }
        }
        UnitResult first = units.get(0);
        if (units.size() == 1) {
            return first.detail();
        }
        // A copy, so that pooling leaves the units' own figures alone (a unit may be pooled twice).
        Aggregates pooled = Aggregates.of(first.aggregates().data(), scenario);
        List<Double> overall = new ArrayList<>();
        Map<OperationClass, List<Double>> byClassValues = new EnumMap<>(OperationClass.class);
        List<Double> lostWrites = new ArrayList<>();
        long events = 0;
        for (UnitResult unit : units) {
            if (unit != first) {
                pooled.merge(unit.aggregates());
            }
            overall.add(unit.aggregates().totals().availability());
            for (OperationClass c : OperationClass.values()) {
                byClassValues.computeIfAbsent(c, k -> new ArrayList<>()).add(unit.aggregates().byClass(c).availability());
            }
            lostWrites.add((double) unit.aggregates().lostWrites());
            events += unit.events();
        }
        Interval availability = ConfidenceIntervals.of(overall, 0, 1);
        Map<OperationClass, Interval> byClass = new EnumMap<>(OperationClass.class);
        byClassValues.forEach((c, values) -> byClass.put(c, ConfidenceIntervals.of(values, 0, 1)));
        double slo = scenario.report().sloAvailability();
        long counted = overall.stream().filter(a -> a != null).count();
        long missed = overall.stream().filter(a -> a != null && a < slo).count();
        Confidence confidence = new Confidence(ConfidenceIntervals.LEVEL, availability, byClass,
                ConfidenceIntervals.downtime(availability, MINUTES_PER_MONTH),
                ConfidenceIntervals.downtime(availability, MINUTES_PER_YEAR),
                overall, byClassValues, counted == 0 ? 0 : (double) missed / counted,
                ConfidenceIntervals.of(lostWrites, 0, Double.MAX_VALUE));
        List<String> clientNames = scenario.clients().stream().map(ClientSpec::name).toList();
        RunResult detail = first.detail();
        return new RunResult(detail.info().withReplications(units.size()), pooled.traffic(clientNames),
                detail.history(), detail.timeline(), new EngineFigures(detail.engine().kind(), events,
                        detail.engine().fingerprint()),
                confidence, null);
    }
}
