package dev.vaultsim.record;

import dev.vaultsim.catalog.OperationClass;

import java.util.List;
import java.util.Map;

/**
 * The textbook availability of the scenario's random faults, beside the simulated one, with the
 * assumptions under which it holds (and so why a simulation may differ from it).
 */
public record Analytic(double availability, Map<OperationClass, Double> byClass, List<String> assumptions) {
}
