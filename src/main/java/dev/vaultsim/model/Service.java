package dev.vaultsim.model;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.scenario.Distribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides an attempt by the state of the world at the instant it is sent: which region answers,
 * whether read-only mode, a zone's write pause, throttling, the layers, the replicas or synchronous replication reject
 * it, and how long the reply takes.
 */
public final class Service {

    private final RoundTrips roundTrips;
    private final Links links;

    Service(RoundTrips roundTrips, Links links) {
        this.roundTrips = roundTrips;
        this.links = links;
    }

    public void attempt(Vault vault, Operation operation, Region from, long now, AttemptOutcome out) {
        VaultState state = vault.state();
        switch (state) {
            case PRIMARY_DOWN -> out.setUnreachable();
            case FAILING_OVER -> {
                Region secondary = vault.secondary();
                if (links.reachable(from, secondary)) {
                    out.set(FailureCause.FAILOVER_IN_PROGRESS, roundTrips.between(from, secondary));
                } else {
                    out.setUnreachable();
                }
            }
            default -> serve(vault, operation, from, now, state, out);
        }
    }

    private void serve(Vault vault, Operation operation, Region from, long now, VaultState state,
                       AttemptOutcome out) {
        Region serving = vault.servingRegion(state);
        if (!links.reachable(from, serving)) {
            out.setUnreachable();
            return;
        }
        long roundTrip = roundTrips.between(from, serving);
        if (state != VaultState.NORMAL && !vault.readOnlyAllowed().allows(operation)) {
            out.set(FailureCause.READ_ONLY, roundTrip);
            return;
        }
        if (operation.isWrite() && serving.writesPaused(now)) {
            out.set(FailureCause.ZONE_FAILOVER_IN_PROGRESS, roundTrip);
            return;
        }
        long retryAfter = vault.throttle().tryAcquire(operation.limitGroup(), now);
        if (retryAfter >= 0) {
            out.set(FailureCause.THROTTLED, roundTrip);
            out.retryAfterNanos = retryAfter;
            return;
        }
        FailureCause rejected = passLayers(serving, operation);
        if (rejected == null) {
            rejected = checkReplicas(serving, operation);
        }
        // Only the primary replicates: a write a custom read-only list lets through on the
        // secondary stays there.
        boolean replicated = operation.isWrite() && state == VaultState.NORMAL && vault.secondary() != null;
        if (rejected == null && replicated) {
            rejected = replicate(vault, now);
        }
        if (rejected != null) {
            out.set(rejected, roundTrip);
            return;
        }
        long latency = roundTrip + serviceTimes(serving, operation);
        if (replicated && vault.synchronousReplication()) {
            latency += roundTrips.between(vault.primary(), vault.secondary());
        }
        out.set(null, latency);
    }

    /**
     * What an attempt sent now would meet, as chances, without sending it: no balancer moves, no
     * throttling window fills, nothing is replicated and no latency is drawn. It follows
     * {@link #attempt} branch for branch.
     */
    public AttemptShape shape(Vault vault, Operation operation, Region from, long now) {
        VaultState state = vault.state();
        double[] chances = new double[FailureCause.values().length];
        if (state == VaultState.PRIMARY_DOWN) {
            return AttemptShape.unreachableShape();
        }
        if (state == VaultState.FAILING_OVER) {
            Region secondary = vault.secondary();
            if (!links.reachable(from, secondary)) {
                return AttemptShape.unreachableShape();
            }
            chances[FailureCause.FAILOVER_IN_PROGRESS.ordinal()] = 1;
            return new AttemptShape(false, chances, roundTrips.between(from, secondary), null, false, false);
        }
        Region serving = vault.servingRegion(state);
        if (!links.reachable(from, serving)) {
            return AttemptShape.unreachableShape();
        }
        long roundTrip = roundTrips.between(from, serving);
        if (state != VaultState.NORMAL && !vault.readOnlyAllowed().allows(operation)) {
            chances[FailureCause.READ_ONLY.ordinal()] = 1;
            return new AttemptShape(false, chances, roundTrip, null, false, false);
        }
        if (operation.isWrite() && serving.writesPaused(now)) {
            chances[FailureCause.ZONE_FAILOVER_IN_PROGRESS.ordinal()] = 1;
            return new AttemptShape(false, chances, roundTrip, null, false, false);
        }
        boolean throttled = vault.throttle().limits(operation.limitGroup());
        double passing = 1;
        List<Distribution> samplers = new ArrayList<>();
        List<Double> spikes = new ArrayList<>();
        for (Layer layer : serving.layerArray()) {
            if (!layer.appliesTo(operation)) {
                continue;
            }
            if (layer.allInstancesDown()) {
                chances[FailureCause.LAYER_UNAVAILABLE.ordinal()] += passing;
                return new AttemptShape(false, chances, roundTrip, null, throttled, false);
            }
            double down = layer.downShare();
            chances[FailureCause.INSTANCE_UNAVAILABLE.ordinal()] += passing * down;
            passing *= 1 - down;
            samplers.add(layer.latencyDistribution());
            spikes.add(layer.spikeFactor());
        }
        if (checkReplicas(serving, operation) != null) {
            chances[FailureCause.REPLICA_QUORUM_LOST.ordinal()] += passing;
            return new AttemptShape(false, chances, roundTrip, null, throttled, false);
        }
        boolean replicated = operation.isWrite() && state == VaultState.NORMAL && vault.secondary() != null;
        long fixed = roundTrip;
        if (replicated && vault.synchronousReplication()) {
            if (!links.reachable(vault.primary(), vault.secondary())) {
                chances[FailureCause.REPLICATION_UNAVAILABLE.ordinal()] += passing;
                return new AttemptShape(false, chances, roundTrip, null, throttled, false);
            }
            fixed += roundTrips.between(vault.primary(), vault.secondary());
        }
        double[] factors = spikes.stream().mapToDouble(Double::doubleValue).toArray();
        AttemptShape.LatencyParts latency = passing > 0 ? new AttemptShape.LatencyParts(fixed, samplers, factors) : null;
        return new AttemptShape(false, chances, roundTrip, latency, throttled,
                replicated && !vault.synchronousReplication());
    }

    private static FailureCause passLayers(Region serving, Operation operation) {
        for (Layer layer : serving.layerArray()) {
            if (!layer.appliesTo(operation)) {
                continue;
            }
            if (layer.allInstancesDown()) {
                return FailureCause.LAYER_UNAVAILABLE;
            }
            if (!layer.isUp(layer.route())) {
                return FailureCause.INSTANCE_UNAVAILABLE;
            }
        }
        return null;
    }

    private static FailureCause checkReplicas(Region serving, Operation operation) {
        boolean enough = operation.isWrite() ? serving.replicas().canWrite() : serving.replicas().canRead();
        return enough ? null : FailureCause.REPLICA_QUORUM_LOST;
    }

    /** Commits a write's replication, or says why it cannot be replicated synchronously. */
    private FailureCause replicate(Vault vault, long now) {
        if (vault.synchronousReplication()) {
            boolean reachable = links.reachable(vault.primary(), vault.secondary());
            return reachable ? null : FailureCause.REPLICATION_UNAVAILABLE;
        }
        vault.asyncReplication().committed(now);
        return null;
    }

    private static long serviceTimes(Region serving, Operation operation) {
        long total = 0;
        for (Layer layer : serving.layerArray()) {
            if (layer.appliesTo(operation)) {
                total += layer.serviceTimeNanos();
            }
        }
        return total;
    }
}
