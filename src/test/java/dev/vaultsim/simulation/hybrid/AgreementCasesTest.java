package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Durations;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The agreement suite's choice of scenarios: every library file, and a sane rule for new ones. */
class AgreementCasesTest {

    private static final String NEW_FILE = """
            name: new-file
            duration: 1d
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            vaults: [ { name: kv, region: westeurope } ]
            clients:
              - { name: reads, vault: kv, rate: 900/s, mix: { GetSecret: 1 } }
              - { name: writes, vault: kv, rate: 100/s, mix: { SetSecret: 1 } }
            faults:
              - { type: region-outage, region: westeurope, at: 2h, duration: 1h }
            """;

    @Test
    void everyLibraryFile_isACase_andTheTableNamesNoMissingFile() {
        assertThat(AgreementCases.library(1).stream().map(AgreementCases.Case::label).toList())
                .isEqualTo(AgreementCases.libraryFiles().stream().map(Path::toString).toList())
                .isNotEmpty();
        assertThat(AgreementCases.staleEntries()).isEmpty();
    }

    @Test
    void aFileMissingFromTheTable_keepsItsFaultsInside_withAboutTheDefaultRequests() {
        Scenario own = ScenarioLoader.loadString("new-file.yaml", NEW_FILE, List.of()).scenario();
        AgreementCases.Shortening rule = AgreementCases.byDefault(own);
        List<String> overrides = new ArrayList<>(List.of("duration=" + rule.horizon()));
        overrides.addAll(rule.overrides());
        Scenario shortened = ScenarioLoader.loadString("new-file.yaml", NEW_FILE, overrides).scenario();

        assertThat(shortened.durationNanos()).isEqualTo(Durations.parse("3h30m"));
        double perSecond = shortened.clients().stream().mapToDouble(c -> c.rate().perSecond()).sum();
        assertThat(perSecond * shortened.durationNanos() / 1e9).isCloseTo(AgreementCases.DEFAULT_REQUESTS, within(1.0));
        List<ClientSpec> clients = shortened.clients();
        assertThat(clients.get(0).rate().perSecond() / clients.get(1).rate().perSecond()).isCloseTo(9, within(1e-4));
    }
}
