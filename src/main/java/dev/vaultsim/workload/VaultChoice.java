package dev.vaultsim.workload;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.scenario.SwitchoverSpec;

/**
 * Which of a client's vaults each attempt goes to (client-resilience.md). {@code on-error} keeps no
 * state: every request starts on the first vault and a failed attempt moves the next one on.
 * {@code circuit-breaker} keeps one breaker per operation class: consecutive failed attempts on the
 * class's current vault, counted as replies arrive, move the class on; {@code openFor} after a
 * move the first request of the class is a trial on the first vault, and its success moves the
 * class back.
 */
final class VaultChoice {

    /** Told when a class's current vault changes. */
    interface SwitchListener {
        void switched(OperationClass operationClass, int toVault, long now);
    }

    private static final int CLASSES = OperationClass.values().length;

    private final SwitchoverSpec spec;
    private final int vaultCount;
    private final boolean[] movesOn = new boolean[FailureCause.values().length];
    private final SwitchListener listener;
    private final int[] current = new int[CLASSES];
    private final int[] consecutiveFailures = new int[CLASSES];
    private final long[] trialAt = new long[CLASSES];
    private final boolean[] trialInFlight = new boolean[CLASSES];

    VaultChoice(SwitchoverSpec spec, int vaultCount, SwitchListener listener) {
        this.spec = spec;
        this.vaultCount = vaultCount;
        this.listener = listener;
        for (FailureCause cause : spec.on()) {
            movesOn[cause.ordinal()] = true;
        }
    }

    boolean onError() {
        return spec.policy() == SwitchoverSpec.Policy.ON_ERROR;
    }

    /** Whether a failure of this cause moves the client on. */
    boolean movesOn(FailureCause cause) {
        return movesOn[cause.ordinal()];
    }

    /** The class's current vault: where its requests go, and where a cache hit is counted. */
    int current(OperationClass operationClass) {
        return onError() ? 0 : current[operationClass.ordinal()];
    }

    /** The vault of a new request's first attempt; marks the request as the class's trial when it is one. */
    int firstVault(RoutedRequest request, long now) {
        int k = request.operation().operationClass().ordinal();
        if (onError() || current[k] == 0) {
            return 0;
        }
        if (!trialInFlight[k] && now >= trialAt[k]) {
            trialInFlight[k] = true;
            request.trial = true;
            return 0;
        }
        return current[k];
    }

    /** The vault of a retry after an attempt on {@code vault} failed with {@code cause}. */
    int retryVault(OperationClass operationClass, int vault, FailureCause cause) {
        if (onError()) {
            return movesOn(cause) ? (vault + 1) % vaultCount : vault;
        }
        return current[operationClass.ordinal()];
    }

    /**
     * When the class's trial on the first vault is due (or was, if one is in flight):
     * {@link Long#MAX_VALUE} when none is (on the first vault, or with on-error).
     */
    long trialDueAt(OperationClass operationClass) {
        int k = operationClass.ordinal();
        return onError() || current[k] == 0 ? Long.MAX_VALUE : trialAt[k];
    }

    boolean trialInFlight(OperationClass operationClass) {
        return trialInFlight[operationClass.ordinal()];
    }

    /** Requests of the class succeeded on its current vault, counted elsewhere: the breaker's count starts again. */
    void succeededElsewhere(OperationClass operationClass) {
        consecutiveFailures[operationClass.ordinal()] = 0;
    }

    /** An attempt's reply arrived: the breaker counts it, and a trial decides. */
    void attemptEnded(RoutedRequest request, int vault, FailureCause cause, long now) {
        if (onError()) {
            return;
        }
        int k = request.operation().operationClass().ordinal();
        if (request.trial) {
            request.trial = false;
            trialInFlight[k] = false;
            if (cause == null) {
                switchTo(k, 0, now);
            } else {
                trialAt[k] = now + spec.openForNanos();
            }
            return;
        }
        if (vault != current[k] || (cause != null && !movesOn(cause))) {
            // A reply from a vault the class has left says nothing of its current one; causes outside
            // switchover.on neither count nor reset.
            return;
        }
        if (cause == null) {
            consecutiveFailures[k] = 0;
        } else if (++consecutiveFailures[k] >= spec.failureThreshold()) {
            switchTo(k, (current[k] + 1) % vaultCount, now);
            trialAt[k] = now + spec.openForNanos();
        }
    }

    private void switchTo(int k, int vault, long now) {
        consecutiveFailures[k] = 0;
        if (current[k] != vault) {
            current[k] = vault;
            listener.switched(OperationClass.values()[k], vault, now);
        }
    }
}
