package dev.vaultsim.scenario;

import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.ReadOnlyAllowed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** scenarios/reference.yaml documents every key; it must load, and its values must be the defaults. */
class ReferenceScenarioTest {

    private static final Path REFERENCE = Path.of("scenarios/reference.yaml");

    @Test
    void referenceScenario_loadsWithoutErrorsOrWarnings() {
        LoadedScenario loaded = ScenarioLoader.load(REFERENCE, List.of());
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.scenario().faults()).hasSize(5);
    }

    @Test
    void referenceScenario_writesTheDefaults() {
        Scenario s = ScenarioLoader.load(REFERENCE, List.of()).scenario();
        assertThat(s.region("westeurope").service()).isEqualTo(ServiceReader.DEFAULT);
        assertThat(s.region("northeurope").service()).isEqualTo(ServiceReader.DEFAULT);
        assertThat(s.network()).isEqualTo(NetworkSpec.DEFAULT);
        assertThat(s.report()).isEqualTo(ReportSpec.DEFAULT);
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.clients().get(0).retry()).isEqualTo(RetrySpec.AZURE_SDK_DEFAULT);
        assertThat(s.clients().get(0).retryOn()).isEqualTo(ClientSpec.defaultRetryOn());
        assertThat(s.vault("contoso-kv")).isEqualTo(new VaultSpec("contoso-kv", "westeurope", KeyProtection.SOFTWARE,
                null, ReadOnlyAllowed.V2018));
    }

    @Test
    void referenceScenario_mentionsEveryKeyTheWriterPrints() throws IOException {
        String reference = Files.readString(REFERENCE);
        String printed = ScenarioWriter.toYaml(ScenarioLoader.load(REFERENCE, List.of()).scenario());
        Matcher key = Pattern.compile("([A-Za-z]+):").matcher(printed);
        while (key.find()) {
            assertThat(reference).as("key " + key.group(1)).contains(key.group(1) + ":");
        }
    }
}
