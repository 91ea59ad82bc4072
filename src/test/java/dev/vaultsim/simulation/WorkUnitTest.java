package dev.vaultsim.simulation;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkUnitTest {

    private static final Scenario SCENARIO = DeterminismTest.randomScenario(7);

    @Test
    void unitResult_survivesJson_exactly() {
        UnitResult first = Simulation.replicate(SCENARIO, new WorkUnit(0, 0), RunOptions.single());
        UnitResult second = Simulation.replicate(SCENARIO, new WorkUnit(0, 1), RunOptions.single());

        UnitResult firstBack = UnitResultCodec.fromJsonText(UnitResultCodec.toJsonText(first));
        UnitResult secondBack = UnitResultCodec.fromJsonText(UnitResultCodec.toJsonText(second));

        assertThat(firstBack.detail()).isEqualTo(first.detail());
        assertThat(secondBack.aggregates().traffic(List.of("app")))
                .isEqualTo(second.aggregates().traffic(List.of("app")));
        assertThat(secondBack.aggregates().lostWrites()).isEqualTo(second.aggregates().lostWrites());
        assertThat(Simulation.pool(SCENARIO, List.of(firstBack, secondBack)))
                .isEqualTo(Simulation.pool(SCENARIO, List.of(first, second)));
    }

    @Test
    void shardsOfAJob_poolToTheUnshardedResult() {
        RunOptions options = RunOptions.single().withReplications(3, 2);
        RunResult whole = Simulation.run(SCENARIO, options);

        List<UnitResult> units = new ArrayList<>();
        for (int shard = 0; shard < 2; shard++) {
            for (UnitResult unit : Simulation.runUnits(List.of(SCENARIO), options, new Shard(shard, 2))) {
                units.add(UnitResultCodec.fromJsonText(UnitResultCodec.toJsonText(unit)));
            }
        }
        units.sort((a, b) -> Long.compare(a.unit().number(3), b.unit().number(3)));

        assertThat(Simulation.pool(SCENARIO, units)).isEqualTo(whole);
    }

    @Test
    void shard_takesEveryNthUnit() {
        assertThat(Simulation.units(2, 3, new Shard(1, 2)))
                .containsExactly(new WorkUnit(0, 1), new WorkUnit(1, 0), new WorkUnit(1, 2));
    }
}
