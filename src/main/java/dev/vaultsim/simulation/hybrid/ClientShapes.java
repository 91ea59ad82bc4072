package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.AttemptShape;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.workload.Backoff;

import java.util.function.Predicate;

/**
 * What the shapes of one client's {@link ShapeTimeline} say about its requests, given its spec
 * (mix, timeout, retries): how long a request can live, whether an attempt may be retried or
 * time out, whether its chances are enough to draw it in bulk or it must be simulated exactly.
 */
final class ClientShapes {

    /**
     * Retries land at random positions of a balancer (within 10⁻³ of uniform over its instances)
     * when the Poisson number of arrivals within the shortest backoff, λ, has
     * {@code λ (1 − cos 2π/n) ≥ ln 1000}: that bounds the distance of the count modulo n from
     * uniform by its characteristic function. Constant arrivals need the backoff's jitter to spread
     * a retry over this many arrivals per instance.
     */
    private static final double RANDOM_ROUTING_EXPONENT = Math.log(1000);
    private static final double RANDOM_ROUTING_SPREAD = 1000;
    private static final FailureCause[] CAUSES = FailureCause.values();

    private final HybridContext context;
    private final ShapeTimeline timeline;
    private final Operation[] operations;
    private final double[] shares;
    private final long timeoutNanos;
    private final boolean[] retryOn = new boolean[CAUSES.length];
    private final int maxAttempts;
    private final long maxBackoffNanos;
    private final boolean randomRouting;
    /** Whether its vault's limits are planned window by window ({@link ClientWindows}): then a throttle can be drawn. */
    private boolean limitsPlanned;

    ClientShapes(HybridContext context, ClientSpec spec, ShapeTimeline timeline, Backoff backoff) {
        this.context = context;
        this.timeline = timeline;
        this.operations = spec.mix().stream().map(MixEntry::operation).toArray(Operation[]::new);
        double total = spec.mix().stream().mapToDouble(MixEntry::weight).sum();
        this.shares = spec.mix().stream().mapToDouble(m -> m.weight() / total).toArray();
        this.timeoutNanos = spec.timeoutNanos();
        for (FailureCause cause : spec.retryOn()) {
            retryOn[cause.ordinal()] = true;
        }
        this.maxAttempts = (int) Math.min(Integer.MAX_VALUE, spec.retry().maxRetries() + 1L);
        this.maxBackoffNanos = (long) Math.ceil(spec.retry().longestBackoffNanos());
        this.randomRouting = randomRouting(spec.arrivals(), 1 / spec.rate().meanGapNanos(), backoff,
                context.maxInstances());
    }

    private static boolean randomRouting(Arrivals kind, double perNano, Backoff backoff, int instances) {
        if (instances < 2) {
            return true;
        }
        if (kind == Arrivals.CONSTANT) {
            long spread = backoff.longestBefore(1) - backoff.shortestBefore(1);
            return perNano * spread >= RANDOM_ROUTING_SPREAD * instances;
        }
        double arrivals = perNano * backoff.shortestBefore(1);
        return arrivals * (1 - Math.cos(2 * Math.PI / instances)) >= RANDOM_ROUTING_EXPONENT;
    }

    /** From now on its vault's limits are planned window by window: throttled shapes no longer need exactness. */
    void limitsPlanned() {
        limitsPlanned = true;
    }

    ShapeTimeline timeline() {
        return timeline;
    }

    /** Its operations, in mix order. */
    Operation[] operations() {
        return operations;
    }

    /** The share of operation {@code o} in its mix. */
    double share(int o) {
        return shares[o];
    }

    long timeoutNanos() {
        return timeoutNanos;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** Whether it retries an attempt that failed with {@code cause}. */
    boolean retries(FailureCause cause) {
        return retryOn[cause.ordinal()];
    }

    /**
     * The longest a request arriving in interval {@code interval} can live while every attempt
     * meets its shapes, or -1 where the shapes must be simulated exactly.
     */
    long life(int interval) {
        long longest = 0;
        for (int o = 0; o < operations.length; o++) {
            AttemptShape shape = timeline.shape(interval, o);
            if (needsExactness(shape)) {
                return -1;
            }
            long reply = failureReplyNanos(shape);
            if (shape.success() != null) {
                reply = Math.max(reply, context.latencyBoundNanos(shape.success()));
            }
            double span = mayBeRetried(shape) ? maxAttempts * (double) reply + (maxAttempts - 1) * (double) maxBackoffNanos : reply;
            if (span >= Times.NEVER / 2.0) {
                // A life past the range (years of timeout, a huge maxRetries): simulate exactly, not wrap.
                return -1;
            }
            longest = Math.max(longest, (long) span + 1);
        }
        return longest;
    }

    /**
     * Whether attempts meeting this shape cannot be drawn from its chances: a throttled vault whose
     * limits are not planned, a balancer routing over down instances at a rate too low for retries
     * to land at random positions, or a success that may reach the timeout.
     */
    private boolean needsExactness(AttemptShape shape) {
        if (shape.throttled() && !limitsPlanned) {
            return true;
        }
        double down = shape.failureChances()[FailureCause.INSTANCE_UNAVAILABLE.ordinal()];
        if (down > 0 && shape.success() != null && !randomRouting) {
            return true;
        }
        return shape.success() != null && context.latencyBoundNanos(shape.success()) > timeoutNanos;
    }

    /** Whether attempts of some operation meeting the interval's shapes cannot be drawn from their chances. */
    boolean anyNeedsExactness(int interval) {
        return timeline.any(interval, (o, shape) -> needsExactness(shape));
    }

    /** Whether an attempt of any operation meeting the interval's shapes may be retried. */
    boolean anyRetriedFrom(int interval) {
        return timeline.any(interval, (o, shape) -> mayBeRetried(shape));
    }

    /**
     * Whether an attempt of the client sent in [from, to) may fail with a cause it retries, the
     * timeout of a slow success included: its throttling windows' bound on retries.
     */
    boolean mayRetry(long fromNanos, long toNanos) {
        return timeline.anyIn(fromNanos, toNanos, (o, shape) -> shares[o] > 0 && (mayBeRetried(shape) || mayTimeOut(shape)));
    }

    /**
     * Whether an attempt of the client sent in [from, to) may fail, with any cause (a client of
     * several vaults moves on after failures it does not retry), or time out.
     */
    boolean mayFail(long fromNanos, long toNanos) {
        return timeline.anyIn(fromNanos, toNanos, (o, shape) -> shares[o] > 0 && (shape.unreachable()
                || shape.successChance() < 1 || shape.success() != null
                && context.latencyBoundNanos(shape.success()) > timeoutNanos));
    }

    /** Whether an attempt of the client sent in [from, to) may reach its vault's throttle. */
    boolean meetsLimit(long fromNanos, long toNanos) {
        return timeline.anyIn(fromNanos, toNanos, (o, shape) -> shares[o] > 0 && shape.throttled());
    }

    /**
     * Whether an attempt of a client of several vaults ({@code byVault}: its shapes on each) sent in
     * [from, to) may fail on any of them, with any cause, or time out: its breakers (or on-error)
     * move a request on after any failure, retried or not, and it may be on any vault.
     */
    static boolean mayFailOnAny(ClientShapes[] byVault, long fromNanos, long toNanos) {
        for (ClientShapes shapes : byVault) {
            if (shapes.mayFail(fromNanos, toNanos)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an attempt of a client of several vaults sent in [from, to) may reach the throttle of any of them. */
    static boolean meetsLimitOnAny(ClientShapes[] byVault, long fromNanos, long toNanos) {
        for (ClientShapes shapes : byVault) {
            if (shapes.meetsLimit(fromNanos, toNanos)) {
                return true;
            }
        }
        return false;
    }

    private boolean mayTimeOut(AttemptShape shape) {
        return retryOn[FailureCause.TIMEOUT.ordinal()] && shape.success() != null
                && context.latencyBoundNanos(shape.success()) > timeoutNanos;
    }

    /** Whether an attempt meeting this shape may fail with a cause the client retries. */
    private boolean mayBeRetried(AttemptShape shape) {
        return shape.unreachable() ? retryOn[shape.unreachableCause().ordinal()] : retriedChance(shape) > 0;
    }

    private double retriedChance(AttemptShape shape) {
        double retried = 0;
        for (FailureCause cause : CAUSES) {
            if (retryOn[cause.ordinal()]) {
                retried += shape.failureChances()[cause.ordinal()];
            }
        }
        return retried;
    }

    /** How long a failed attempt meeting this shape takes to come back: its timeout where it reaches no one. */
    long failureReplyNanos(AttemptShape shape) {
        return shape.unreachable() ? timeoutNanos : shape.failureReplyNanos();
    }

    /** The shortest (or longest) time a failed attempt of any operation in the interval takes to come back. */
    long replyNanos(int interval, boolean shortest) {
        long found = shortest ? Long.MAX_VALUE : 0;
        for (int o = 0; o < operations.length; o++) {
            long reply = failureReplyNanos(timeline.shape(interval, o));
            found = shortest ? Math.min(found, reply) : Math.max(found, reply);
        }
        return found;
    }

    /**
     * Whether every attempt of the client's operations of the class fails, for any interval that
     * meets [from, to].
     */
    boolean alwaysFails(OperationClass operationClass, long from, long to) {
        if (from > to) {
            throw new IllegalArgumentException("an empty span: " + from + " > " + to);
        }
        for (int i = timeline.indexAt(from); i < timeline.size() && timeline.startOf(i) <= to; i++) {
            for (int o = 0; o < operations.length; o++) {
                if (operations[o].operationClass() == operationClass && timeline.shape(i, o).successChance() > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether every attempt of the operations of the client's mix that {@code which} picks (whatever
     * their weight here) meeting the interval's shapes succeeds at once: no failure of any cause, no
     * timeout, nothing coupled.
     */
    boolean alwaysSucceeds(int interval, Predicate<Operation> which) {
        return !timeline.any(interval, (o, shape) -> which.test(operations[o])
                && (shape.unreachable() || shape.successChance() < 1 || needsExactness(shape)));
    }
}
