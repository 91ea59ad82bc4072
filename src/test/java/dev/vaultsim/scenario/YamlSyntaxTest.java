package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Files that are not a YAML map give one clear positioned error, never a stack trace. */
class YamlSyntaxTest {

    @TempDir
    Path dir;

    private static List<String> errors(String yaml) {
        return ScenarioFixtures.errors(yaml);
    }

    @Test
    void emptyFile_isAnError() {
        assertThat(errors("")).containsExactly("test.yaml:1:1: the file is empty; expected a scenario map with at"
                + " least name, duration, regions, vaults, clients");
        assertThat(errors("# only a comment\n")).singleElement().asString().contains("the file is empty");
    }

    @Test
    void topLevelList_isAnError() {
        assertThat(errors("- a\n- b\n")).singleElement().asString()
                .startsWith("test.yaml:1:1: the document is a list; expected a map");
    }

    @Test
    void topLevelScalar_isAnError() {
        assertThat(errors("hello\n")).singleElement().asString()
                .startsWith("test.yaml:1:1: the document is a value; expected a map");
    }

    @Test
    void tabIndentation_isAnErrorAtTheTab() {
        assertThat(errors("name: x\nreport:\n\tbucket: 1m\n")).singleElement().asString()
                .startsWith("test.yaml:3:1: invalid YAML").contains("expected spaces for indentation, never tabs");
    }

    @Test
    void unclosedBracket_isAnError() {
        assertThat(errors("name: x\nregions: [ { name: a }\nduration: 1h\n")).singleElement().asString()
                .matches("test\\.yaml:\\d+:\\d+: invalid YAML: .*; expected well-formed YAML");
    }

    @Test
    void duplicateKeys_areErrorsAtTheSecondKey() {
        String yaml = ScenarioFixtures.MINIMAL + "name: again\n";
        assertThat(errors(yaml)).containsExactly(
                "test.yaml:10:1: duplicate key 'name'; expected each key once in a map");
    }

    @Test
    void secondDocument_isAnError() {
        assertThat(errors(ScenarioFixtures.MINIMAL + "---\nname: other\n")).singleElement().asString()
                .contains("expected a single document");
    }

    @Test
    void binaryFile_isAnErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("image.yaml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, (byte) 0xfe, 0, 1, 2});
        ScenarioException e = catchThrowableOfType(
                () -> ScenarioLoader.load(file, List.of()), ScenarioException.class);
        assertThat(e.messages()).containsExactly(file + ":1:7: the file is not UTF-8 text (binary data?);"
                + " expected a YAML text file");
    }

    @Test
    void controlCharacters_areAnError() {
        assertThat(errors("name: a\u0001b\n")).singleElement().asString().startsWith("test.yaml:1:8: invalid YAML: control character U+0001");
    }

    @Test
    void missingFile_isAnErrorNamingTheFile() {
        Path file = dir.resolve("nope.yaml");
        ScenarioException e = catchThrowableOfType(
                () -> ScenarioLoader.load(file, List.of()), ScenarioException.class);
        assertThat(e.messages()).containsExactly(file + ": no such file; expected a scenario YAML file");
    }

    @Test
    void fileOnDisk_loadsWithItsPathAsSource() throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, ScenarioFixtures.MINIMAL);
        assertThat(ScenarioLoader.load(file, List.of()).scenario().source()).isEqualTo(file.toString());
    }

    @Test
    void aliases_areRejected() {
        String yaml = ScenarioFixtures.MINIMAL + "description: &d hello\nreport: { bucket: *d }\n";
        assertThat(errors(yaml)).anySatisfy(e -> assertThat(e).contains("aliases"));
    }
}
