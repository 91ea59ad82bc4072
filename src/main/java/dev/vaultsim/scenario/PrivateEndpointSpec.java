package dev.vaultsim.scenario;

/**
 * A client that reaches its vaults through a private endpoint: after each completed failover and
 * failback of a vault it cannot reach that vault for a sampled {@code reconnect} delay.
 */
public record PrivateEndpointSpec(Distribution reconnect) {
}
