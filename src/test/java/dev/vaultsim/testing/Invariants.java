package dev.vaultsim.testing;

import dev.vaultsim.model.AttemptOutcome;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Simulation;
import dev.vaultsim.workload.AttemptListener;
import dev.vaultsim.workload.Request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a scenario and checks what must hold after every simulation (docs/architecture.md, "Invariants"): every
 * request has exactly one outcome, successes and failures add up, attempts stay within the retry
 * budget, time never goes backwards, no write is accepted unless the vault is NORMAL (or the
 * read-only list allows it), and states change only along the transition table.
 */
public final class Invariants implements AttemptListener {

    private static final Map<VaultState, Set<VaultState>> ALLOWED = new EnumMap<>(Map.of(
            VaultState.NORMAL, EnumSet.of(VaultState.PRIMARY_DOWN),
            VaultState.PRIMARY_DOWN, EnumSet.of(VaultState.NORMAL, VaultState.FAILING_OVER),
            VaultState.FAILING_OVER, EnumSet.of(VaultState.FAILED_OVER),
            VaultState.FAILED_OVER, EnumSet.of(VaultState.FAILING_BACK),
            VaultState.FAILING_BACK, EnumSet.of(VaultState.NORMAL, VaultState.FAILED_OVER)));

    private final Scenario scenario;
    private final List<String> violations = new ArrayList<>();
    private long lastAttemptNanos;
    private long firstAttempts;

    private Invariants(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Runs replication 0 of the scenario, checks every invariant and returns the result. */
    public static RunResult check(Scenario scenario) {
        Invariants invariants = new Invariants(scenario);
        RunResult result = Simulation.run(scenario, RunOptions.single().withAttempts(invariants));
        invariants.verify(result);
        return result;
    }

    @Override
    public void attemptDecided(Request request, AttemptOutcome outcome, long now) {
        if (now < lastAttemptNanos) {
            violations.add("time went backwards at " + now);
        }
        lastAttemptNanos = now;
        if (request.attempts() == 1) {
            firstAttempts++;
        }
        ClientSpec client = request.client().spec();
        if (request.attempts() > client.retry().maxRetries() + 1) {
            violations.add("request of " + client.name() + " made " + request.attempts() + " attempts");
        }
        boolean allowedReadOnly = request.vault().readOnlyAllowed().allows(request.operation());
        if (outcome.succeeded() && request.operation().isWrite() && outcome.state() != VaultState.NORMAL
                && !allowedReadOnly) {
            violations.add("write " + request.operation() + " accepted in " + outcome.state() + " at " + now);
        }
        if (outcome.succeeded() && outcome.state() != VaultState.NORMAL && outcome.state() != VaultState.FAILED_OVER
                && outcome.state() != VaultState.FAILING_BACK) {
            violations.add("attempt succeeded in " + outcome.state() + " at " + now);
        }
    }

    private void verify(RunResult result) {
        Stats totals = result.traffic().totals();
        assertThat(totals.succeeded() + totals.failed()).as("successes + failures").isEqualTo(totals.requests());
        // Cache hits and coalesced misses complete without an attempt.
        long withoutAttempts = result.traffic().clients().cache().values().stream()
                .mapToLong(c -> c.requests() - c.vaultRequests()).sum();
        assertThat(totals.requests() - withoutAttempts).as("every request started has exactly one outcome")
                .isEqualTo(firstAttempts);
        long causes = result.traffic().failureCauses().values().stream().mapToLong(Long::longValue).sum();
        assertThat(causes).as("failure causes sum to failures").isEqualTo(totals.failed());
        long byClass = result.traffic().byClass().values().stream().mapToLong(Stats::requests).sum();
        assertThat(byClass).as("classes sum to totals").isEqualTo(totals.requests());
        long byClient = result.traffic().byClient().values().stream().mapToLong(Stats::requests).sum();
        assertThat(byClient).as("clients sum to totals").isEqualTo(totals.requests());
        long byPhase = result.history().phases().stream()
                .flatMap(p -> p.byClass().values().stream()).mapToLong(Stats::requests).sum();
        assertThat(byPhase).as("phases sum to totals").isEqualTo(totals.requests());
        for (int i = 0; i < scenario.clients().size(); i++) {
            ClientSpec client = scenario.clients().get(i);
            Stats stats = result.traffic().byClient().get(client.name());
            var cache = result.traffic().clients().cache().get(client.name());
            long attempted = stats.requests() - (cache == null ? 0 : cache.requests() - cache.vaultRequests());
            assertThat(stats.attempts()).as("attempts of " + client.name())
                    .isBetween(attempted, attempted * (client.retry().maxRetries() + 1));
        }
        checkTransitions(result);
        assertThat(violations).as("invariant violations").isEmpty();
    }

    private void checkTransitions(RunResult result) {
        PhaseResult previous = null;
        for (PhaseResult phase : result.history().phases()) {
            assertThat(phase.endNanos()).isGreaterThan(phase.startNanos());
            if (previous != null && previous.vault().equals(phase.vault())) {
                assertThat(phase.startNanos()).isEqualTo(previous.endNanos());
                if (previous.state() != phase.state()) {
                    // Zero-length phases are omitted, so a hop may skip one state of the table.
                    boolean direct = ALLOWED.get(previous.state()).contains(phase.state());
                    boolean viaOne = ALLOWED.get(previous.state()).stream()
                            .anyMatch(mid -> ALLOWED.get(mid).contains(phase.state()));
                    assertThat(direct || viaOne).as(previous.state() + " -> " + phase.state()).isTrue();
                }
            }
            previous = phase;
        }
    }
}
