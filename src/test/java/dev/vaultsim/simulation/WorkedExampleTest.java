package dev.vaultsim.simulation;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.testing.TestScenarios;
import org.junit.jupiter.api.Test;

import static dev.vaultsim.testing.TestScenarios.MINUTE;
import static dev.vaultsim.testing.TestScenarios.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

class WorkedExampleTest {

    @Test
    void workedExample_givesTheDocumentsAvailabilityExactly() {
        RunResult result = Simulation.run(TestScenarios.workedExample());

        var read = result.traffic().byClass().get(OperationClass.READ);
        var write = result.traffic().byClass().get(OperationClass.WRITE);
        assertThat(read.requests()).isEqualTo(21_600);
        assertThat(read.succeeded() * 360).isEqualTo(353L * read.requests());
        assertThat(write.requests()).isEqualTo(21_600);
        assertThat(write.succeeded() * 360).isEqualTo(227L * write.requests());
    }

    @Test
    void workedExample_failoverTimingsAreTheTables() {
        RunResult result = Simulation.run(TestScenarios.workedExample());

        assertThat(result.history().failovers()).hasSize(1);
        FailoverResult failover = result.history().failovers().get(0);
        assertThat(failover.outageStartNanos()).isEqualTo(3600 * SECOND);
        assertThat(failover.failoverStartNanos()).isEqualTo(3720 * SECOND);
        assertThat(failover.failoverCompleteNanos()).isEqualTo(4020 * SECOND);
        assertThat(failover.failbackStartNanos()).isEqualTo(11400 * SECOND);
        assertThat(failover.failbackCompleteNanos()).isEqualTo(11580 * SECOND);
        assertThat(failover.failbackAborts()).isZero();
        assertThat(result.history().stateNanos().get("kv").get(VaultState.FAILED_OVER)).isEqualTo((11400 - 4020) * SECOND);
        assertThat(result.history().stateNanos().get("kv").get(VaultState.PRIMARY_DOWN)).isEqualTo(2 * MINUTE);
    }
}
