package dev.vaultsim.scenario;

import dev.vaultsim.catalog.Operation;

/** One operation of a client's mix with its (positive) weight. */
public record MixEntry(Operation operation, double weight) {
}
