package dev.vaultsim.cli;

import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.EngineKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkEstimateTest {

    private static Scenario load(String... sets) {
        return ScenarioLoader.load(Path.of("scenarios/paired-region-failover.yaml"), List.of(sets)).scenario();
    }

    @Test
    void sixHoursAt200PerSecond_isAboutTenMillionEvents_inSeconds() {
        WorkEstimate estimate = WorkEstimate.of(load(), EngineKind.EXACT, 1, 1);

        // The run reports 9,148,614 events.
        assertThat(estimate.events()).isBetween(8e6, 11e6);
        assertThat(estimate.line("p")).contains("about 10 million events").doesNotContain("warning");
    }

    @Test
    void aYearAt10000PerSecond_warnsThatItWillTakeHours() {
        WorkEstimate estimate = WorkEstimate.of(load("duration=1y", "clients[0].rate=10000/s"), EngineKind.EXACT, 1, 4);

        assertThat(estimate.line("big")).contains("billion events").contains("warning: big will take hours");
    }

    @Test
    void aYearAt10000PerSecond_onTheHybridEngine_givesItsRequests_andNoWarning() {
        WorkEstimate estimate = WorkEstimate.of(load("duration=1y", "clients[0].rate=10000/s"), EngineKind.HYBRID, 100, 2);

        // 10,000/s over 365 days, 100 times: 3.2·10¹³ requests, in bulk.
        assertThat(estimate.line("big")).contains("about 31.5 trillion requests on the hybrid engine")
                .doesNotContain("warning").doesNotContain("hours");
    }
}
