package dev.vaultsim.simulation;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.ReadOnlyAllowed;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.model.AttemptOutcome;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.VaultSpec;
import dev.vaultsim.workload.AttemptListener;
import dev.vaultsim.workload.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.vaultsim.testing.TestScenarios.HOUR;
import static dev.vaultsim.testing.TestScenarios.MINUTE;
import static dev.vaultsim.testing.TestScenarios.asyncLag;
import static dev.vaultsim.testing.TestScenarios.client;
import static dev.vaultsim.testing.TestScenarios.failover;
import static dev.vaultsim.testing.TestScenarios.noRetries;
import static dev.vaultsim.testing.TestScenarios.scenario;
import static dev.vaultsim.testing.TestScenarios.service;
import static org.assertj.core.api.Assertions.assertThat;

/** During FAILED_OVER the chosen read-only list succeeds and everything else fails with READ_ONLY. */
class ReadOnlyModeTest {

    static Stream<ReadOnlyAllowed> choices() {
        return Stream.of(ReadOnlyAllowed.V2018, ReadOnlyAllowed.V2020, ReadOnlyAllowed.V2023,
                new ReadOnlyAllowed("custom", Set.of(Operation.GetSecret, Operation.SetSecret)));
    }

    @ParameterizedTest
    @MethodSource("choices")
    void failedOver_allowedOperationsSucceed_othersFailReadOnly(ReadOnlyAllowed allowed) {
        List<MixEntry> everyOperation = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            everyOperation.add(new MixEntry(operation, 1));
        }
        Scenario base = scenario("read-only", 3 * HOUR,
                service(failover(2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 3 * MINUTE), asyncLag(500_000_000L)),
                List.of(client("all", 50, Arrivals.POISSON, noRetries(), everyOperation.toArray(MixEntry[]::new))),
                List.of(new RegionOutage("westeurope", HOUR, HOUR)));
        Scenario scenario = new Scenario(base.name(), "", "test", base.durationNanos(), 7, base.regions(),
                base.network(), List.of(new VaultSpec("kv", "westeurope", KeyProtection.SOFTWARE, null, allowed)),
                base.clients(), base.faults(), base.report());
        Map<Operation, Set<FailureCause>> outcomes = new EnumMap<>(Operation.class);
        AttemptListener listener = (Request request, AttemptOutcome outcome, long now) -> {
            if (request.client().vault().state() == VaultState.FAILED_OVER) {
                outcomes.computeIfAbsent(request.operation(), o -> new java.util.HashSet<>())
                        .add(outcome.cause() == null ? null : outcome.cause());
            }
        };

        Simulation.run(scenario, RunOptions.single().withListeners(new RunListeners(listener, null, null)));

        assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Operation.class));
        for (Operation operation : Operation.values()) {
            Set<FailureCause> seen = outcomes.get(operation);
            if (allowed.allows(operation)) {
                assertThat(seen).as(operation.name()).containsExactly((FailureCause) null);
            } else {
                assertThat(seen).as(operation.name()).containsExactly(FailureCause.READ_ONLY);
            }
        }
    }
}
