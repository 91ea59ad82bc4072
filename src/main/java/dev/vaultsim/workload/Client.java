package dev.vaultsim.workload;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.AttemptOutcome;
import dev.vaultsim.model.Region;
import dev.vaultsim.model.Service;
import dev.vaultsim.model.Vault;
import dev.vaultsim.record.RequestSink;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.scenario.MixEntry;

import java.util.List;
import dev.vaultsim.catalog.Operation;

/**
 * A client application: sends requests to its current vault at its arrival instants, each with an
 * operation drawn from its mix, and retries failed attempts as its policy says. As an event it is
 * its own next arrival.
 */
public final class Client implements Event {

    private final ClientSpec spec;
    private final int index;
    /** The vaults the client can address, and their positions in the scenario's list. */
    private final Vault[] vaults;
    private final int[] vaultPositions;
    /** Index into {@link #vaults} of the vault new requests go to. */
    private int current;
    private final Region region;
    private final Service service;
    private final ArrivalTimes arrivals;
    private final RandomStream mixRandom;
    private final Backoff backoff;
    private final Operation[] operations;
    private final double[] cumulativeWeights;
    /** By cause ordinal: which failures are retried (the spec's set, as a table for the hot path). */
    private final boolean[] retryOn = new boolean[FailureCause.values().length];
    private final AttemptOutcome outcome = new AttemptOutcome();
    private final RequestSink sink;
    private final AttemptListener attemptListener;
    private final RequestListener requestListener;

    /**
     * @param vaults         the vaults it can address, the first being where it starts
     * @param vaultPositions each vault's position in the scenario's list, as the recorder names it
     * @param attemptListener told of every attempt (checks), or null
     * @param requestListener told of every completed request after the recorder (checks), or null
     */
    public Client(ClientSpec spec, int index, List<Vault> vaults, int[] vaultPositions, Region region,
                  Service service, RandomStreams streams, RequestSink sink, AttemptListener attemptListener,
                  RequestListener requestListener) {
        if (vaults.isEmpty() || vaults.size() != vaultPositions.length) {
            throw new IllegalArgumentException("a client addresses at least one vault, each with its position");
        }
        this.spec = spec;
        this.index = index;
        this.vaults = vaults.toArray(new Vault[0]);
        this.vaultPositions = vaultPositions.clone();
        this.region = region;
        this.service = service;
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
        this.sink = sink;
        this.attemptListener = attemptListener;
        this.requestListener = requestListener;
    }

    public ClientSpec spec() {
        return spec;
    }

    /** The client's position in the scenario's list. */
    public int index() {
        return index;
    }

    /** The vault new requests go to. */
    public Vault vault() {
        return vaults[current];
    }

    public void start(Simulator simulator) {
        scheduleArrival(simulator, arrivals.next());
    }

    /** An arrival: a new request sends its first attempt now. */
    @Override
    public void fire(Simulator simulator) {
        long now = simulator.now();
        Vault vault = vaults[current];
        Request request = new Request(this, drawOperation(), now, vault, vaultPositions[current], vault.transitions());
        send(request, simulator);
        scheduleArrival(simulator, arrivals.next());
    }

    private void scheduleArrival(Simulator simulator, long at) {
        simulator.scheduleArrival(at, this);
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
        service.attempt(request.vault(), request.operation(), region, now, outcome);
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
        simulator.scheduleAfter(replyAfter, Precedence.TRAFFIC, request);
    }

    void replied(Request request, Simulator simulator) {
        long now = simulator.now();
        request.awaitingReply = false;
        FailureCause cause = request.lastCause;
        boolean retry = cause != null && request.attempts <= spec.retry().maxRetries()
                && retryOn[cause.ordinal()];
        if (!retry) {
            sink.requestCompleted(index, request.vaultPosition(), request.operation(), cause, request.attempts,
                    request.firstStartNanos(), request.phaseAtStart(), now);
            if (requestListener != null) {
                requestListener.requestCompleted(request, now);
            }
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
        simulator.scheduleAfter(wait, Precedence.TRAFFIC, request);
    }
}
