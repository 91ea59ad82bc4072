package dev.vaultsim.workload;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.AttemptOutcome;
import dev.vaultsim.model.Region;
import dev.vaultsim.model.Service;
import dev.vaultsim.model.Vault;
import dev.vaultsim.record.CacheOutcome;
import dev.vaultsim.record.RequestSink;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.WriteMode;

import java.util.List;

/**
 * A client application: sends requests at its arrival instants, each with an operation drawn from
 * its mix, and retries failed attempts as its policy says. What the application does about
 * failures (client-resilience.md) sits beside: a cache that answers reads without the vault, a
 * choice between several vaults, a private endpoint that loses its vault after failovers. As an
 * event it is its own next arrival.
 */
public final class Client implements Event {

    private final ClientSpec spec;
    private final int index;
    /** The vaults the client can address, in order of preference, and their positions in the scenario's list. */
    private final Vault[] vaults;
    private final int[] vaultPositions;
    private final Region region;
    private final Service service;
    private final ArrivalTimes arrivals;
    private final RandomStream mixRandom;
    /** Draws objects; null with one object, so scenarios without objects keep their draws. */
    private final RandomStream objectRandom;
    private final Backoff backoff;
    private final long timeoutNanos;
    private final int maxRetries;
    private final Operation[] operations;
    private final double[] cumulativeWeights;
    /** By cause ordinal: which failures are retried (the spec's set, as a table for the hot path). */
    private final boolean[] retryOn = new boolean[FailureCause.values().length];
    private final AttemptOutcome outcome = new AttemptOutcome();
    /** The cause of the attempt just decided as the client sees it. */
    private FailureCause seenCause;
    private final RequestSink sink;
    private final AttemptListener attemptListener;
    private final RequestListener requestListener;
    /** Null unless the client has one. */
    private final SecretCache cache;
    private final VaultChoice choice;
    private final ReconnectWindows privateEndpoint;
    /**
     * Neither a cache nor a second vault: its requests are plain {@link Request}s and take the short
     * path; any other client's are {@link RoutedRequest}s.
     */
    private final boolean plain;

    /**
     * @param vaults         the vaults it can address, in its order of preference
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
        this.objectRandom = spec.objects() > 1 ? streams.of(prefix + "object") : null;
        this.backoff = new Backoff(spec.retry(), streams.of(prefix + "backoff"));
        this.timeoutNanos = spec.timeoutNanos();
        this.maxRetries = spec.retry().maxRetries();
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
        this.cache = spec.cache() == null ? null : new SecretCache(spec.cache(), spec.objects());
        this.choice = this.vaults.length < 2 ? null : new VaultChoice(spec.switchover(), this.vaults.length,
                (operationClass, to, now) -> sink.switchedVault(index, operationClass, vaultPositions[to], now));
        this.privateEndpoint = spec.privateEndpoint() == null ? null
                : new ReconnectWindows(spec.privateEndpoint(), spec.name(), this.vaults, streams);
        this.plain = cache == null && choice == null;
    }

    public ClientSpec spec() {
        return spec;
    }

    /** The client's position in the scenario's list. */
    public int index() {
        return index;
    }

    /** The vault new reads go to. */
    public Vault vault() {
        return vaults[choice == null ? 0 : choice.current(OperationClass.READ)];
    }

    /**
     * Where new requests of the class go: the index among the client's vaults of its current one
     * (0 with one vault, or with on-error, whose requests all start on the first).
     */
    public int currentVault(OperationClass operationClass) {
        return choice == null ? 0 : choice.current(operationClass);
    }

    /**
     * When the class's circuit-breaker trial on the first vault is due (or was, if one is in
     * flight): {@link Long#MAX_VALUE} when none is.
     */
    public long trialDueAt(OperationClass operationClass) {
        return choice == null ? Long.MAX_VALUE : choice.trialDueAt(operationClass);
    }

    public boolean trialInFlight(OperationClass operationClass) {
        return choice != null && choice.trialInFlight(operationClass);
    }

    /**
     * Requests of the class succeeded on its current vault at their first attempt, drawn by an
     * engine in bulk rather than sent here: for the breaker, its count of consecutive failures
     * starts again, as the first of those successes would have made it.
     */
    public void succeededElsewhere(OperationClass operationClass) {
        if (choice != null) {
            choice.succeededElsewhere(operationClass);
        }
    }

    Vault vaultAt(int vault) {
        return vaults[vault];
    }

    int vaultCount() {
        return vaults.length;
    }

    public void start(Simulator simulator) {
        scheduleArrival(simulator, arrivals.next());
    }

    /** An arrival: a cache hit completes at once; a coalesced miss waits; any other request sends its first attempt now. */
    @Override
    public void fire(Simulator simulator) {
        arrive(simulator);
        scheduleArrival(simulator, arrivals.next());
    }

    /**
     * One request arrives now and is handled like any other, without the client's own arrival
     * process: for an engine that places arrivals itself.
     */
    public void arrive(Simulator simulator) {
        Operation operation = drawOperation();
        arrive(simulator, operation, objectRandom == null ? 0 : objectRandom.nextInt(spec.objects()));
    }

    /** One request for {@code object} with {@code operation} arrives now: for an engine that draws them itself. */
    public void arrive(Simulator simulator, Operation operation, int object) {
        long now = simulator.now();
        // The features a client may lack are tested here, not in their helpers, so that a client
        // without them never calls those (and the JIT, warming up, never compiles them).
        if (plain) {
            send(new Request(this, operation, now, vaults[0].transitions()), simulator);
            return;
        }
        RoutedRequest request = new RoutedRequest(this, operation, object, now, vaults[0].transitions(),
                otherPhasesNow());
        if (cache != null && answeredByCache(request, now)) {
            return;
        }
        if (choice != null) {
            request.vaultIndex = choice.firstVault(request, now);
        }
        send(request, simulator);
    }

    /**
     * Until when the cache holds a fresh copy of {@code object} for {@code operation}: a request
     * arriving before then is a hit. {@link Long#MIN_VALUE} without one (or without a cache).
     */
    public long freshUntil(Operation operation, int object) {
        return cache == null || !cache.caches(operation) ? Long.MIN_VALUE : cache.freshUntil(operation, object);
    }

    /** A hit completes at once; a miss that joins a refresh in flight waits for it. */
    private boolean answeredByCache(RoutedRequest request, long now) {
        Operation operation = request.operation();
        if (!cache.caches(operation)) {
            return false;
        }
        request.vaultIndex = choice == null ? 0 : choice.current(operation.operationClass());
        if (cache.fresh(operation, request.object(), now)) {
            request.cacheOutcome = CacheOutcome.HIT;
            record(request, null, CacheOutcome.HIT, now);
            return true;
        }
        request.cacheOutcome = CacheOutcome.MISS;
        return cache.joinRefresh(request);
    }

    /** The transition count of every vault but the first (index 0 unused), or null with one vault. */
    private int[] otherPhasesNow() {
        if (vaults.length == 1) {
            return null;
        }
        int[] phases = new int[vaults.length];
        for (int v = 1; v < phases.length; v++) {
            phases[v] = vaults[v].transitions();
        }
        return phases;
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
        if (choice != null && request.attempts > 0) {
            // A retry goes where the client's choice points when it is sent, not when the failure came back.
            request.vaultIndex = choice.retryVault(request.operation().operationClass(), request.vaultIndex,
                    request.lastCause);
        }
        request.attempts++;
        long replyAfter = attempt(request.vaultIndex, request.operation(), now);
        if (attemptListener != null) {
            attemptListener.attemptDecided(request, outcome, now);
        }
        request.lastCause = seenCause;
        request.retryAfterNanos = outcome.retryAfterNanos();
        request.awaitingReply = true;
        simulator.scheduleAfter(replyAfter, Precedence.TRAFFIC, request);
    }

    /**
     * Decides one attempt into {@link #outcome} (what the service did) and {@link #seenCause} (what
     * the client sees: a reply after its timeout is a TIMEOUT), and returns when the reply or the
     * timeout arrives, counted from now.
     */
    private long attempt(int vault, Operation operation, long now) {
        long timeout = timeoutNanos;
        if (privateEndpoint != null && privateEndpoint.reconnecting(vault, now)) {
            // Before reachability: the endpoint, not the region, is what the client cannot reach.
            outcome.unreachableFromClient(FailureCause.PRIVATE_ENDPOINT_RECONNECTING);
        } else {
            service.attempt(vaults[vault], operation, region, now, outcome);
        }
        if (outcome.unreachable()) {
            seenCause = outcome.cause();
            return timeout;
        }
        if (outcome.latencyNanos() > timeout) {
            seenCause = FailureCause.TIMEOUT;
            return timeout;
        }
        seenCause = outcome.cause();
        return outcome.latencyNanos();
    }

    /**
     * An attempt's reply has arrived. Within the budget, a retried cause is retried, and so is one
     * that moves the client on to another vault ({@link #choiceHeard}); otherwise the request is over.
     */
    void replied(Request request, Simulator simulator) {
        long now = simulator.now();
        request.awaitingReply = false;
        FailureCause cause = request.lastCause;
        boolean movesOn = choice != null && choiceHeard((RoutedRequest) request, cause, now);
        if (cause != null && request.attempts <= maxRetries && (retryOn[cause.ordinal()] || movesOn)) {
            simulator.scheduleAfter(waitBeforeRetry(request, cause, now), Precedence.TRAFFIC, request);
        } else if (plain) {
            record(request, cause, CacheOutcome.UNCACHED, now);
        } else {
            complete((RoutedRequest) request, cause, simulator);
        }
    }

    /**
     * The vault choice hears of an attempt's reply; returns whether its failure moves the client on
     * to another vault: with on-error, and after a failed circuit-breaker trial (whose retries go to
     * the current vault, so a trial costs time, not the request).
     */
    private boolean choiceHeard(RoutedRequest request, FailureCause cause, long now) {
        boolean failedTrial = request.trial && cause != null;
        choice.attemptEnded(request, request.vaultIndex, cause, now);
        return cause != null && choice.movesOn(cause) && (choice.onError() || failedTrial);
    }

    /** How long after a failed attempt's reply (at {@code now}) the retry is sent. */
    private long waitBeforeRetry(Request request, FailureCause cause, long now) {
        if (cause == FailureCause.THROTTLED && backoff.isSdkPolicy()) {
            // azure-core's RetryPolicy waits exactly the service's Retry-After, with no backoff drawn;
            // a reply that arrives after the window ended retries at once.
            return Math.max(0, request.retryAfterNanos - now);
        }
        long wait = backoff.delayBeforeRetry(request.attempts);
        return cause == FailureCause.THROTTLED ? Math.max(wait, request.retryAfterNanos - now) : wait;
    }

    /** The last attempt has ended: the cache has its say, waiting misses share the outcome, writes may diverge. */
    private void complete(RoutedRequest request, FailureCause cause, Simulator simulator) {
        long now = simulator.now();
        if (request.cacheOutcome == CacheOutcome.MISS) {
            completeRefresh(request, cause, now);
        } else {
            record(request, cause, request.cacheOutcome, now);
        }
        if (cause == null && vaults.length > 1 && request.operation().isWrite()) {
            writeAccepted(request, simulator);
        }
    }

    /** A miss's refresh is over: a success fills the cache, and the misses that waited share its outcome. */
    private void completeRefresh(RoutedRequest request, FailureCause cause, long now) {
        if (cause == null) {
            cache.refreshed(request.operation(), request.object(), now);
        }
        recordMiss(request, cause, now);
        for (RoutedRequest waiter : cache.refreshEnded(request)) {
            waiter.vaultIndex = request.vaultIndex;
            recordMiss(waiter, cause, now);
        }
    }

    /** A vault of a client of several accepted a write: copied to the others, or left divergent. */
    private void writeAccepted(Request request, Simulator simulator) {
        if (spec.writes() == WriteMode.ALL) {
            new MirrorWrite(this, request.operation(), request.vaultIndex).sendNext(simulator);
        } else if (request.vaultIndex != 0) {
            sink.divergentWrites(index, vaultPositions[request.vaultIndex], 1, simulator.now());
        }
    }

    /** A failed miss with a copy young enough is served stale. */
    private void recordMiss(RoutedRequest request, FailureCause cause, long now) {
        if (cause != null && cache.servableStale(request.operation(), request.object(), now)) {
            record(request, null, CacheOutcome.SERVED_STALE, now);
        } else {
            record(request, cause, CacheOutcome.MISS, now);
        }
    }

    /** Hands the request to the sink as the application saw it: a copy served stale is a success. */
    private void record(Request request, FailureCause cause, CacheOutcome cacheOutcome, long now) {
        request.lastCause = cause;
        sink.requestCompleted(index, vaultPositions[request.vaultIndex], request.operation(), cause, cacheOutcome,
                request.attempts, request.firstStartNanos(), request.phaseAtStart(), now);
        if (requestListener != null) {
            requestListener.requestCompleted(request, now);
        }
    }

    /** One copy of a mirrored write; its reply comes back to the copy as an event. */
    void sendCopy(MirrorWrite copy, Simulator simulator) {
        long now = simulator.now();
        long replyAfter = attempt(copy.vault, copy.operation(), now);
        copy.refused = seenCause != null;
        simulator.scheduleAfter(replyAfter, Precedence.TRAFFIC, copy);
    }

    void copyRefused(MirrorWrite copy, long now) {
        sink.divergentWrites(index, vaultPositions[copy.vault], 1, now);
    }
}
