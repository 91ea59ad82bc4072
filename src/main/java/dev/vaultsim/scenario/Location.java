package dev.vaultsim.scenario;

/** A point on the globe, in degrees. */
public record Location(double lat, double lon) {
}
