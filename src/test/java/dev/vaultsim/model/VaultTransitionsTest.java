package dev.vaultsim.model;

import dev.vaultsim.catalog.VaultState;
import org.junit.jupiter.api.Test;

import static dev.vaultsim.catalog.VaultState.FAILED_OVER;
import static dev.vaultsim.catalog.VaultState.FAILING_BACK;
import static dev.vaultsim.catalog.VaultState.FAILING_OVER;
import static dev.vaultsim.catalog.VaultState.NORMAL;
import static dev.vaultsim.catalog.VaultState.PRIMARY_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultTransitionsTest {

    @Test
    void theTableHoldsExactlyTheArrowsOfVaultBehaviour() {
        StringBuilder arrows = new StringBuilder();
        for (VaultState from : VaultState.values()) {
            for (VaultState to : VaultState.values()) {
                if (VaultTransitions.allowed(from, to)) {
                    arrows.append(from).append(" -> ").append(to).append('\n');
                }
            }
        }

        assertThat(arrows.toString()).isEqualTo("""
                NORMAL -> PRIMARY_DOWN
                PRIMARY_DOWN -> NORMAL
                PRIMARY_DOWN -> FAILING_OVER
                FAILING_OVER -> FAILED_OVER
                FAILED_OVER -> FAILING_BACK
                FAILING_BACK -> NORMAL
                FAILING_BACK -> FAILED_OVER
                """);
    }

    @Test
    void failedOverStraightToNormal_isABugTheModelRefuses() {
        VaultTransitions.require(FAILING_BACK, NORMAL);

        assertThatThrownBy(() -> VaultTransitions.require(FAILED_OVER, NORMAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FAILED_OVER -> NORMAL");
        assertThatThrownBy(() -> VaultTransitions.require(NORMAL, FAILING_OVER))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> VaultTransitions.require(PRIMARY_DOWN, PRIMARY_DOWN))
                .isInstanceOf(IllegalStateException.class);
    }
}
