package dev.vaultsim.scenario;

/** Load-balancer health probes: every {@code intervalNanos} from time 0, eject after that many failures. */
public record HealthProbeSpec(long intervalNanos, int failuresToEject) {
}
