package dev.vaultsim.model;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.scenario.Distribution;
import dev.vaultsim.scenario.HealthProbeSpec;
import dev.vaultsim.scenario.LayerSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * One layer of the service in one region: its instances, the load balancer in front of them and
 * that balancer's health probes.
 *
 * <p>The balancer routes round robin (one pointer, shared by everybody) over the instances it
 * believes healthy, or over all of them when it believes none healthy. Probes run on every
 * multiple of the interval; they only change anything while belief and truth differ, so the
 * layer ticks only then and a healthy layer costs no events.
 */
public final class Layer implements Event {

    private final LayerSpec spec;
    /** By operation ordinal: asked on every attempt, so a table rather than the spec's set. */
    private final boolean[] appliesTo;
    private final Sampler latency;
    private final RandomStream latencyRandom;
    private final long probeIntervalNanos;
    private final int failuresToEject;
    private final int[] faultsHolding;
    private final boolean[] ejected;
    private final int[] failedProbes;
    private int instancesDown;
    private int instancesEjected;
    private int pointer;
    private boolean probing;
    private double spikeFactor = 1;
    private final List<Double> activeSpikes = new ArrayList<>();

    Layer(LayerSpec spec, HealthProbeSpec probes, RandomStream latencyRandom) {
        this.spec = spec;
        this.appliesTo = new boolean[Operation.values().length];
        for (Operation operation : Operation.values()) {
            appliesTo[operation.ordinal()] = spec.appliesTo(operation);
        }
        this.latency = Sampler.of(spec.latency());
        this.latencyRandom = latencyRandom;
        this.probeIntervalNanos = probes.intervalNanos();
        this.failuresToEject = probes.failuresToEject();
        int n = spec.instances();
        this.faultsHolding = new int[n];
        this.ejected = new boolean[n];
        this.failedProbes = new int[n];
    }

    public String name() {
        return spec.name();
    }

    public int instances() {
        return faultsHolding.length;
    }

    public boolean appliesTo(Operation operation) {
        return appliesTo[operation.ordinal()];
    }

    public boolean allInstancesDown() {
        return instancesDown == faultsHolding.length;
    }

    public boolean isUp(int instance) {
        return faultsHolding[instance] == 0;
    }

    /** Picks the instance for the next attempt and advances the round-robin pointer. */
    public int route() {
        int n = faultsHolding.length;
        if (instancesEjected == n) {
            int chosen = pointer;
            pointer = (pointer + 1) % n;
            return chosen;
        }
        int candidate = pointer;
        while (ejected[candidate]) {
            candidate = (candidate + 1) % n;
        }
        pointer = (candidate + 1) % n;
        return candidate;
    }

    /**
     * The share of attempts that the balancer sends to a down instance, now: down instances among
     * those it routes over (all of them when it believes none healthy). Round robin gives exactly
     * this share of any long run of consecutive attempts.
     */
    public double downShare() {
        int n = faultsHolding.length;
        int routed = 0;
        int down = 0;
        for (int i = 0; i < n; i++) {
            if (instancesEjected == n || !ejected[i]) {
                routed++;
                if (faultsHolding[i] > 0) {
                    down++;
                }
            }
        }
        return (double) down / routed;
    }

    /** The distribution of one service time before any spike. */
    public Distribution latencyDistribution() {
        return spec.latency();
    }

    /** The product of the latency spikes in force (1 without any). */
    public double spikeFactor() {
        return spikeFactor;
    }

    /** One service time of this layer, stretched by any latency spike in force. */
    public long serviceTimeNanos() {
        long nanos = latency.sample(latencyRandom);
        return Sampler.spiked(nanos, spikeFactor);
    }

    /** A latency spike starts; overlapping spikes multiply. */
    public void spikeStarts(double factor) {
        activeSpikes.add(factor);
        spikeFactor = product(activeSpikes);
    }

    public void spikeEnds(double factor) {
        activeSpikes.remove(Double.valueOf(factor));
        spikeFactor = product(activeSpikes);
    }

    // Recomputed rather than divided out, so the factor returns to exactly 1.
    private static double product(List<Double> factors) {
        double product = 1;
        for (double factor : factors) {
            product *= factor;
        }
        return product;
    }

    public void hold(int instance, Simulator simulator) {
        if (faultsHolding[instance]++ == 0) {
            instancesDown++;
            startProbing(simulator);
        }
    }

    public void release(int instance, Simulator simulator) {
        if (--faultsHolding[instance] == 0) {
            instancesDown--;
            startProbing(simulator);
        }
    }

    private void startProbing(Simulator simulator) {
        if (probing) {
            return;
        }
        probing = true;
        long now = simulator.now();
        long nextTick = Math.floorDiv(Times.saturatingAdd(now, probeIntervalNanos - 1), probeIntervalNanos) * probeIntervalNanos;
        simulator.schedule(nextTick, Precedence.CONTROL, this);
    }

    /** A probe tick: every instance probed at once. */
    @Override
    public void fire(Simulator simulator) {
        boolean unsettled = false;
        for (int i = 0; i < faultsHolding.length; i++) {
            if (faultsHolding[i] > 0) {
                failedProbes[i]++;
                if (!ejected[i] && failedProbes[i] >= failuresToEject) {
                    ejected[i] = true;
                    instancesEjected++;
                }
                unsettled |= !ejected[i];
            } else {
                failedProbes[i] = 0;
                if (ejected[i]) {
                    ejected[i] = false;
                    instancesEjected--;
                }
            }
        }
        if (unsettled) {
            simulator.scheduleAfter(probeIntervalNanos, Precedence.CONTROL, this);
        } else {
            probing = false;
        }
    }
}
