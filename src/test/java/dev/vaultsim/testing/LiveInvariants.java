package dev.vaultsim.testing;

import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.model.AttemptOutcome;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.VaultListener;
import dev.vaultsim.model.VaultTransitions;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.EngineKind;
import dev.vaultsim.simulation.RunListeners;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Simulation;
import dev.vaultsim.workload.AttemptListener;
import dev.vaultsim.workload.Request;
import dev.vaultsim.workload.RequestListener;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold in every simulation (style.md, example 10), checked as the run happens: told of
 * every vault transition, attempt and completed request, it sees what a report cannot, such as a
 * state held for no time at all. States change only along the transition table and from the
 * state the vault was in; time never goes backwards; a request's attempts are numbered 1, 2, …
 * up to maxRetries + 1; no attempt succeeds while no region serves, and no write unless the vault
 * is NORMAL or its read-only list allows it; every request started has exactly one outcome, and
 * the report's totals agree with the outcomes seen.
 */
public final class LiveInvariants implements AttemptListener, RequestListener, VaultListener {

    /** Enough to see what went wrong, without a swarm's bad seed filling the heap. */
    private static final int MAX_KEPT = 20;

    private final List<String> violations = new ArrayList<>();
    private long violationCount;
    private final Map<Vault, VaultState> states = new IdentityHashMap<>();
    /** The requests started and without an outcome yet, with how many attempts each has made. */
    private final Map<Request, Integer> inFlight = new IdentityHashMap<>();
    private long lastNanos;
    private long succeeded;
    private long failed;

    /** Runs replication 0 of the scenario under the checks, checks the report too, and returns it. */
    public static RunResult check(Scenario scenario) {
        return check(scenario, null);
    }

    /** The same under the given engine (null: the scenario's own). */
    public static RunResult check(Scenario scenario, EngineKind engine) {
        LiveInvariants invariants = new LiveInvariants();
        RunResult result = Simulation.run(scenario, RunOptions.single().withEngine(engine)
                .withListeners(RunListeners.all(invariants)));
        invariants.assertNoViolations();
        invariants.assertAgreesWith(scenario, result);
        return result;
    }

    @Override
    public void stateChanged(Vault vault, VaultState from, VaultState to, long now) {
        at(now);
        VaultState known = stateOf(vault);
        if (from != known) {
            violation(vault.name() + " left " + from + " at " + now + ", but it was " + known);
        }
        if (!VaultTransitions.allowed(from, to)) {
            violation(vault.name() + " went " + from + " -> " + to + " at " + now + ": not in the transition table");
        }
        states.put(vault, to);
    }

    @Override
    public void attemptDecided(Request request, AttemptOutcome outcome, long now) {
        at(now);
        int before = inFlight.getOrDefault(request, 0);
        if (request.attempts() != before + 1) {
            violation("attempt " + request.attempts() + " of a request at " + now + " follows attempt " + before);
        }
        inFlight.put(request, request.attempts());
        ClientSpec client = request.client().spec();
        if (request.attempts() > client.retry().maxRetries() + 1L) {
            violation("a request of " + client.name() + " made " + request.attempts() + " attempts");
        }
        Vault vault = request.vault();
        VaultState state = stateOf(vault);
        if (state != vault.state()) {
            violation(vault.name() + " is " + vault.state() + " at " + now + ", but its last transition said " + state);
        }
        if (!outcome.succeeded()) {
            return;
        }
        if (state == VaultState.PRIMARY_DOWN || state == VaultState.FAILING_OVER) {
            violation("an attempt succeeded in " + state + " at " + now);
        }
        boolean readOnlyAllows = vault.readOnlyAllowed().allows(request.operation());
        if (request.operation().isWrite() && state != VaultState.NORMAL && !readOnlyAllows) {
            violation("write " + request.operation() + " accepted in " + state + " at " + now);
        }
    }

    @Override
    public void requestCompleted(Request request, long now) {
        at(now);
        Integer attempts = inFlight.remove(request);
        if (attempts == null && request.attempts() == 0) {
            // A cache hit, or a miss that waited for another's refresh: an outcome without an attempt.
        } else if (attempts == null) {
            violation("an outcome at " + now + " for a request that had none to give (never started, or done)");
        } else if (attempts != request.attempts()) {
            violation("a request ended at " + now + " after " + request.attempts() + " attempts, " + attempts + " seen");
        }
        if (request.succeeded()) {
            succeeded++;
        } else {
            failed++;
        }
    }

    /** What was found wrong so far (the first few). */
    public List<String> violations() {
        return violations;
    }

    public void assertNoViolations() {
        assertThat(violations).as("invariant violations (%d in all)", violationCount).isEmpty();
    }

    /** Every request has had its outcome, and the report counts exactly the outcomes seen. */
    public void assertAgreesWith(Scenario scenario, RunResult result) {
        assertThat(inFlight).as("requests started that never had an outcome").isEmpty();
        Stats totals = result.traffic().totals();
        // The hybrid engine draws most requests in bulk: no attempt or outcome of those passes by.
        if (!"hybrid".equals(result.engine().kind())) {
            assertThat(totals.succeeded()).as("successes, report against outcomes seen").isEqualTo(succeeded);
            assertThat(totals.failed()).as("failures, report against outcomes seen").isEqualTo(failed);
        }
        assertThat(totals.succeeded() + totals.failed()).as("successes + failures").isEqualTo(totals.requests());
        long causes = result.traffic().failureCauses().values().stream().mapToLong(Long::longValue).sum();
        assertThat(causes).as("failure causes sum to failures").isEqualTo(totals.failed());
        long byClass = result.traffic().byClass().values().stream().mapToLong(Stats::requests).sum();
        assertThat(byClass).as("classes sum to totals").isEqualTo(totals.requests());
        long byClient = result.traffic().byClient().values().stream().mapToLong(Stats::requests).sum();
        assertThat(byClient).as("clients sum to totals").isEqualTo(totals.requests());
        long byPhase = result.history().phases().stream()
                .flatMap(p -> p.byClass().values().stream()).mapToLong(Stats::requests).sum();
        assertThat(byPhase).as("phases sum to totals").isEqualTo(totals.requests());
        for (ClientSpec client : scenario.clients()) {
            Stats stats = result.traffic().byClient().get(client.name());
            var cache = result.traffic().clients().cache().get(client.name());
            long attempted = stats.requests() - (cache == null ? 0 : cache.requests() - cache.vaultRequests());
            assertThat(stats.attempts()).as("attempts of " + client.name())
                    .isBetween(attempted, attempted * (client.retry().maxRetries() + 1L));
        }
        assertPhasesTileTime(result.history().phases());
    }

    /** A vault's phases in the report follow each other with neither gap nor overlap. */
    private static void assertPhasesTileTime(List<PhaseResult> phases) {
        PhaseResult previous = null;
        for (PhaseResult phase : phases) {
            assertThat(phase.endNanos()).as("end of " + phase).isGreaterThan(phase.startNanos());
            if (previous != null && previous.vault().equals(phase.vault())) {
                assertThat(phase.startNanos()).as("start of " + phase).isEqualTo(previous.endNanos());
            }
            previous = phase;
        }
    }

    private VaultState stateOf(Vault vault) {
        return states.getOrDefault(vault, VaultState.NORMAL);
    }

    private void at(long now) {
        if (now < lastNanos) {
            violation("time went backwards: " + now + " after " + lastNanos);
        }
        lastNanos = now;
    }

    private void violation(String message) {
        if (violationCount++ < MAX_KEPT) {
            violations.add(message);
        }
    }
}
