package dev.vaultsim.testing;

import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.World;
import org.junit.jupiter.api.Test;

import static dev.vaultsim.catalog.VaultState.FAILED_OVER;
import static dev.vaultsim.catalog.VaultState.FAILING_BACK;
import static dev.vaultsim.catalog.VaultState.FAILING_OVER;
import static dev.vaultsim.catalog.VaultState.NORMAL;
import static dev.vaultsim.catalog.VaultState.PRIMARY_DOWN;
import static dev.vaultsim.testing.TestScenarios.workedExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checker itself: it passes a legal history and fails the ones a report could not show. */
class LiveInvariantsTest {

    private final Vault vault = World.compile(workedExample(), new Simulator(1), new RandomStreams(1, 0)).vault("kv");
    private final LiveInvariants invariants = new LiveInvariants();

    /** Down at 10, failing over at 20, failed over at {@code failedOverNanos}. */
    private void failOver(long failedOverNanos) {
        invariants.stateChanged(vault, NORMAL, PRIMARY_DOWN, 10);
        invariants.stateChanged(vault, PRIMARY_DOWN, FAILING_OVER, 20);
        invariants.stateChanged(vault, FAILING_OVER, FAILED_OVER, failedOverNanos);
    }

    @Test
    void aWholeFailoverAndFailback_withZeroLengthStates_passes() {
        failOver(20);
        invariants.stateChanged(vault, FAILED_OVER, FAILING_BACK, 30);
        invariants.stateChanged(vault, FAILING_BACK, NORMAL, 30);

        invariants.assertNoViolations();
    }

    @Test
    void failedOverToNormalWithoutFailback_fails() {
        failOver(30);
        invariants.stateChanged(vault, FAILED_OVER, NORMAL, 30);

        assertThat(invariants.violations()).singleElement().asString()
                .contains("FAILED_OVER -> NORMAL at 30: not in the transition table");
        assertThatThrownBy(invariants::assertNoViolations).isInstanceOf(AssertionError.class);
    }

    @Test
    void aTransitionFromAStateTheVaultWasNotIn_fails() {
        invariants.stateChanged(vault, NORMAL, PRIMARY_DOWN, 10);
        invariants.stateChanged(vault, FAILING_OVER, FAILED_OVER, 20);

        assertThat(invariants.violations()).singleElement().asString()
                .contains("left FAILING_OVER at 20, but it was PRIMARY_DOWN");
    }

    @Test
    void timeGoingBackwards_fails() {
        invariants.stateChanged(vault, NORMAL, PRIMARY_DOWN, 10);
        invariants.stateChanged(vault, PRIMARY_DOWN, NORMAL, 9);

        assertThat(invariants.violations()).singleElement().asString().contains("time went backwards: 9 after 10");
    }
}
