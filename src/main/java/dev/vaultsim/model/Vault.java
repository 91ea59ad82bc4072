package dev.vaultsim.model;

import dev.vaultsim.catalog.ReadOnlyAllowed;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.scenario.FailoverSpec;
import dev.vaultsim.scenario.VaultSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A vault with its failover state machine (vault-behaviour.md): which region serves it, whether
 * it is read-only, and the history of its failovers. All transitions go through {@link #on}, and
 * each is checked against {@link VaultTransitions} and told to the listeners.
 */
public final class Vault implements RegionListener {

    /** What the state machine reacts to. */
    enum Trigger {
        PRIMARY_DOWN, PRIMARY_UP, SECONDARY_UP, DETECTION_ELAPSED, FAILOVER_COMPLETE,
        FAILBACK_DELAY_ELAPSED, FAILBACK_COMPLETE
    }

    private final VaultSpec spec;
    private final Region primary;
    private final Region secondary;
    private final Links links;
    private final Simulator simulator;
    private final long horizonNanos;
    private final Throttle throttle;
    private final AsyncReplication replication;
    private final FailoverTimings timings;
    private final List<VaultListener> listeners = new ArrayList<>();
    private final List<FailoverRecord> failovers = new ArrayList<>();

    private VaultState state = VaultState.NORMAL;
    private int transitions;
    private long timerToken;
    private boolean detected;
    private long primaryUpSinceNanos;
    private FailoverRecord outage;
    private boolean replicationLinkUp = true;

    Vault(VaultSpec spec, Region primary, Links links, Simulator simulator, long horizonNanos,
          AsyncReplication replication, RandomStream timingRandom, RandomStream initiationRandom) {
        this.spec = spec;
        this.primary = primary;
        this.secondary = primary.pair();
        this.links = links;
        this.simulator = simulator;
        this.horizonNanos = horizonNanos;
        this.throttle = new Throttle(spec.limits());
        this.replication = replication;
        FailoverSpec failover = primary.spec().service().failover();
        this.timings = new FailoverTimings(failover, timingRandom, initiationRandom);
        primary.addListener(this);
        if (secondary != null) {
            secondary.addListener(this);
        }
    }

    public String name() {
        return spec.name();
    }

    public VaultSpec spec() {
        return spec;
    }

    public Region primary() {
        return primary;
    }

    /** The pair of the primary region, or null. */
    public Region secondary() {
        return secondary;
    }

    public VaultState state() {
        return state;
    }

    /** How many state changes so far: identifies the current phase. */
    public int transitions() {
        return transitions;
    }

    public ReadOnlyAllowed readOnlyAllowed() {
        return spec.readOnlyAllowed();
    }

    public Throttle throttle() {
        return throttle;
    }

    /** Whether writes replicate to the secondary as part of the write. */
    public boolean synchronousReplication() {
        return secondary != null && replication == null;
    }

    /** Async replication to the secondary, or null under sync replication or without a pair. */
    public AsyncReplication asyncReplication() {
        return replication;
    }

    public List<FailoverRecord> failovers() {
        return Collections.unmodifiableList(failovers);
    }

    public void addListener(VaultListener listener) {
        listeners.add(listener);
    }

    /** The region answering requests now, or null (PRIMARY_DOWN, FAILING_OVER). */
    public Region servingRegion() {
        return servingRegion(state);
    }

    public Region servingRegion(VaultState inState) {
        return switch (inState) {
            case NORMAL -> primary;
            case PRIMARY_DOWN, FAILING_OVER -> null;
            case FAILED_OVER, FAILING_BACK -> secondary;
        };
    }

    @Override
    public void regionDown(Region region, long now) {
        updateReplicationLink(now);
        if (region == primary) {
            on(Trigger.PRIMARY_DOWN, now);
        }
    }

    @Override
    public void regionUp(Region region, long now) {
        updateReplicationLink(now);
        on(region == primary ? Trigger.PRIMARY_UP : Trigger.SECONDARY_UP, now);
    }

    /** Called when a partition between two regions starts or ends. */
    void linkChanged(long now) {
        updateReplicationLink(now);
    }

    private void updateReplicationLink(long now) {
        if (replication == null) {
            return;
        }
        boolean up = primary.isUp() && secondary.isUp() && links.connected(primary, secondary);
        if (up != replicationLinkUp) {
            replicationLinkUp = up;
            if (up) {
                replication.linkUp(now);
            } else {
                replication.linkDown(now);
            }
        }
    }

    /** The failover state machine: every transition of the vault happens here. */
    void on(Trigger trigger, long now) {
        switch (state) {
            case NORMAL -> {
                if (trigger == Trigger.PRIMARY_DOWN) {
                    startOutage(now);
                }
            }
            case PRIMARY_DOWN -> {
                if (trigger == Trigger.PRIMARY_UP) {
                    outage = null;
                    enter(VaultState.NORMAL, now);
                } else if (trigger == Trigger.DETECTION_ELAPSED) {
                    detected = true;
                    startFailoverIfPossible(now);
                } else if (trigger == Trigger.SECONDARY_UP && detected) {
                    startFailoverIfPossible(now);
                }
            }
            case FAILING_OVER -> {
                if (trigger == Trigger.PRIMARY_UP) {
                    primaryUpSinceNanos = now;
                } else if (trigger == Trigger.FAILOVER_COMPLETE) {
                    outage.failoverCompleteNanos = now;
                    enter(VaultState.FAILED_OVER, now);
                    if (primary.isUp()) {
                        armTimer(Trigger.FAILBACK_DELAY_ELAPSED,
                                Math.max(now, Times.saturatingAdd(primaryUpSinceNanos, timings.failbackDelayNanos())));
                    }
                }
            }
            case FAILED_OVER -> {
                if (trigger == Trigger.PRIMARY_UP) {
                    armTimer(Trigger.FAILBACK_DELAY_ELAPSED, Times.saturatingAdd(now, timings.failbackDelayNanos()));
                } else if (trigger == Trigger.PRIMARY_DOWN) {
                    timerToken++;
                } else if (trigger == Trigger.FAILBACK_DELAY_ELAPSED) {
                    outage.failbackStartNanos = now;
                    enter(VaultState.FAILING_BACK, now);
                    armTimer(Trigger.FAILBACK_COMPLETE, Times.saturatingAdd(now, timings.failbackDurationNanos()));
                }
            }
            case FAILING_BACK -> {
                if (trigger == Trigger.PRIMARY_DOWN) {
                    timerToken++;
                    outage.failbackStartNanos = -1;
                    if (now < horizonNanos) {
                        outage.failbackAborts++;
                    }
                    enter(VaultState.FAILED_OVER, now);
                } else if (trigger == Trigger.FAILBACK_COMPLETE) {
                    outage.failbackCompleteNanos = now;
                    outage = null;
                    enter(VaultState.NORMAL, now);
                }
            }
        }
    }

    private void startOutage(long now) {
        timings.sampleForOutage();
        long lost = replication == null ? 0 : replication.unreplicated(now);
        outage = new FailoverRecord(now, lost);
        detected = false;
        enter(VaultState.PRIMARY_DOWN, now);
        // An outage the provider does not fail over ("best effort") is detected by nobody: the
        // vault stays PRIMARY_DOWN until the primary returns, as in a region without a pair.
        if (secondary != null && timings.initiated()) {
            armTimer(Trigger.DETECTION_ELAPSED, Times.saturatingAdd(now, timings.detectionNanos()));
        }
    }

    private void startFailoverIfPossible(long now) {
        if (!secondary.isUp()) {
            return;
        }
        if (replication != null) {
            replication.abandon();
        }
        outage.failoverStartNanos = now;
        failovers.add(outage);
        enter(VaultState.FAILING_OVER, now);
        armTimer(Trigger.FAILOVER_COMPLETE, Times.saturatingAdd(now, timings.durationNanos()));
    }

    private void enter(VaultState next, long now) {
        VaultTransitions.require(state, next);
        VaultState previous = state;
        state = next;
        transitions++;
        for (VaultListener listener : listeners) {
            listener.stateChanged(this, previous, next, now);
        }
    }

    private void armTimer(Trigger trigger, long at) {
        long token = ++timerToken;
        simulator.schedule(at, Precedence.CONTROL, new Timer(trigger, token));
    }

    /** A pending transition; it does nothing if a later transition has superseded it. */
    private final class Timer implements Event {
        private final Trigger trigger;
        private final long token;

        Timer(Trigger trigger, long token) {
            this.trigger = trigger;
            this.token = token;
        }

        @Override
        public void fire(Simulator sim) {
            if (token == timerToken) {
                on(trigger, sim.now());
            }
        }
    }
}
