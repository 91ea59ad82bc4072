package dev.vaultsim.scenario;

/** One operation of a client's mix with its (positive) weight. */
public record MixEntry(Operation operation, double weight) {
}
