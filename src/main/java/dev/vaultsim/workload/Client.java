package dev.vaultsim.workload;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Phase;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.AttemptOutcome;
import dev.vaultsim.model.Region;
import dev.vaultsim.model.Service;
import dev.vaultsim.model.Vault;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.FailureCause;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.Operation;

/**
 * A client application: sends requests to one vault at its arrival instants, each with an
 * operation drawn from its mix, and retries failed attempts as its policy says. As an event it is
 * its own next arrival.
 */
public final class Client implements Event {

    private final ClientSpec spec;
    private final int index;
    private final Vault vault;
    private final Region region;
    private final Service service;
    private final long horizonNanos;
    private final ArrivalTimes arrivals;
    private final RandomStream mixRandom;
    private final Backoff backoff;
    private final Operation[] operations;
    private final double[] cumulativeWeights;
    /** By cause ordinal: which failures are retried (the spec's set, as a table for the hot path). */
    private final boolean[] retryOn = new boolean[FailureCause.values().length];
    private final AttemptOutcome outcome = new AttemptOutcome();
    private final RequestListener requestListener;
    private final AttemptListener attemptListener;

    public Client(ClientSpec spec, int index, Vault vault, Region region, Service service, long horizonNanos,
                  RandomStreams streams, RequestListener requestListener, AttemptListener attemptListener) {
        this.spec = spec;
        this.index = index;
        this.vault = vault;
        this.region = region;
        this.service = service;
        this.horizonNanos = horizonNanos;
        String prefix = "client/" + spec.name() + "/";
        this.arrivals = new ArrivalTimes(spec.arrivals(), spec.rate(), streams.of(prefix + "arrivals"));
        this.mixRandom = streams.of(prefix + "mix");
        this.backoff = new Backoff(spec.retry(), streams.of(prefix + "backoff"));
        this.operations = new Operation[spec.mix().size()];
        this.cumulativeWeights = new double[operations.length];
        double total = 0;
        for (int i = 0; i < operations.length; i++) {
            MixEntry entry = spec.mix().get(i);
            operations[i] = entry.operation();
            total += entry.weight();
            cumulativeWeights[i] = total;
        }
        for (FailureCause cause : spec.retryOn()) {
            retryOn[cause.ordinal()] = true;
        }
        this.requestListener = requestListener;
        this.attemptListener = attemptListener;
    }

    public ClientSpec spec() {
        return spec;
    }

    /** The client's position in the scenario's list. */
    public int index() {
        return index;
    }

    public Vault vault() {
        return vault;
    }

    public void start(Simulator simulator) {
        scheduleArrival(simulator, arrivals.next());
    }

    /** An arrival: a new request sends its first attempt now. */
    @Override
    public void fire(Simulator simulator) {
        long now = simulator.now();
        Request request = new Request(this, drawOperation(), now, vault.transitions());
        send(request, simulator);
        scheduleArrival(simulator, arrivals.next());
    }

    private void scheduleArrival(Simulator simulator, long at) {
        if (at < horizonNanos) {
            simulator.schedule(at, Phase.TRAFFIC, this);
        }
    }

    private Operation drawOperation() {
        if (operations.length == 1) {
            return operations[0];
        }
        double u = mixRandom.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        for (int i = 0; i < operations.length - 1; i++) {
            if (u < cumulativeWeights[i]) {
                return operations[i];
            }
        }
        return operations[operations.length - 1];
    }

    void send(Request request, Simulator simulator) {
        long now = simulator.now();
        request.attempts++;
        service.attempt(vault, request.operation(), region, now, outcome);
        if (attemptListener != null) {
            attemptListener.attemptDecided(request, outcome, now);
        }
        long timeout = spec.timeoutNanos();
        long replyAfter;
        if (outcome.unreachable()) {
            request.lastCause = FailureCause.REGION_UNAVAILABLE;
            replyAfter = timeout;
        } else if (outcome.latencyNanos() > timeout) {
            request.lastCause = FailureCause.TIMEOUT;
            replyAfter = timeout;
        } else {
            request.lastCause = outcome.cause();
            replyAfter = outcome.latencyNanos();
        }
        request.retryAfterNanos = outcome.retryAfterNanos();
        request.awaitingReply = true;
        simulator.scheduleAfter(replyAfter, Phase.TRAFFIC, request);
    }

    void replied(Request request, Simulator simulator) {
        long now = simulator.now();
        request.awaitingReply = false;
        FailureCause cause = request.lastCause;
        boolean retry = cause != null && request.attempts <= spec.retry().maxRetries()
                && retryOn[cause.ordinal()];
        if (!retry) {
            requestListener.requestCompleted(request, now);
            return;
        }
        long wait;
        if (cause == FailureCause.THROTTLED && backoff.isSdkPolicy()) {
            // azure-core's RetryPolicy waits exactly the service's Retry-After, with no backoff drawn;
            // a reply that arrives after the window ended retries at once.
            wait = Math.max(0, request.retryAfterNanos - now);
        } else {
            wait = backoff.delayBeforeRetry(request.attempts);
            if (cause == FailureCause.THROTTLED) {
                wait = Math.max(wait, request.retryAfterNanos - now);
            }
        }
        simulator.scheduleAfter(wait, Phase.TRAFFIC, request);
    }
}
