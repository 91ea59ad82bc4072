package dev.vaultsim.cli;

import dev.vaultsim.report.RunResults;
import dev.vaultsim.scenario.NetworkSpec;
import dev.vaultsim.scenario.ReportSpec;
import dev.vaultsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputTargetTest {

    @TempDir
    Path directory;

    @Test
    void aRegularFile_isUnusable() throws IOException {
        Path file = Files.writeString(directory.resolve("results"), "x");

        assertThatThrownBy(() -> OutputTarget.check(file, List.of(scenario("a", "a.yaml"))))
                .isInstanceOf(InputException.class)
                .hasMessage("--out " + file + ": not a directory and cannot be created");
    }

    @Test
    void aDirectoryBelowAFile_isUnusable() throws IOException {
        Path file = Files.writeString(directory.resolve("results"), "x");

        assertThatThrownBy(() -> OutputTarget.check(file.resolve("deeper"), List.of(scenario("a", "a.yaml"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("(" + file + ")");
    }

    @Test
    void aReportFileThatIsADirectory_isFoundBeforeTheRun() throws IOException {
        Files.createDirectories(directory.resolve("report.json"));

        assertThatThrownBy(() -> OutputTarget.check(directory, List.of(scenario("a", "a.yaml"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("report.json is a directory");
    }

    @Test
    void aMissingDirectory_isFine_andNotCreatedByTheCheck() {
        Path out = directory.resolve("new/results");

        OutputTarget.check(out, List.of(scenario("a", "a.yaml")));

        assertThat(directory.resolve("new")).doesNotExist();
    }

    @Test
    void twoScenariosOfOneName_areAnInputError() {
        assertThatThrownBy(() -> OutputTarget.check(directory,
                List.of(scenario("same", "a.yaml"), scenario("same", "b.yaml"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("b.yaml: scenario name 'same' is also used by a.yaml");
    }

    @Test
    void oneScenario_writesIntoTheDirectory_severalIntoSubdirectories() throws IOException {
        OutputTarget.check(directory.resolve("one"), List.of(scenario("a", "a.yaml")))
                .write(List.of(new RunResults().withScenario("a").build()), List.of(scenario("a", "a.yaml")), List.of());
        OutputTarget.check(directory.resolve("two"), List.of(scenario("a", "a.yaml"), scenario("b", "b.yaml")))
                .write(List.of(new RunResults().withScenario("a").build(), new RunResults().withScenario("b").build()),
                        List.of(scenario("a", "a.yaml"), scenario("b", "b.yaml")), List.of());

        assertThat(directory.resolve("one/report.json")).content().startsWith("{\n  \"scenario\": \"a\"");
        assertThat(directory.resolve("one/timeline.csv")).content().startsWith("startSeconds,class,");
        assertThat(directory.resolve("two/a/report.json")).exists();
        assertThat(directory.resolve("two/b/timeline.csv")).exists();
        assertThat(directory.resolve("one/report.html")).content().startsWith("<!DOCTYPE html>");
        assertThat(directory.resolve("two/b/report.html")).exists();
    }

    private static Scenario scenario(String name, String source) {
        return new Scenario(name, "", source, 1_000_000_000L, 1, List.of(), NetworkSpec.DEFAULT, List.of(), List.of(), List.of(),
                ReportSpec.DEFAULT);
    }
}
