package dev.vaultsim.cli;

import dev.vaultsim.catalog.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @TempDir
    Path directory;

    @Test
    void version_printsTheVersionOrDev() {
        Cli cli = Cli.run("--version");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).matches("vaultsim \\S+\\R");
    }

    @Test
    void help_listsTheSubcommands() {
        Cli cli = Cli.run("--help");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).contains("run").contains("validate").contains("operations");
    }

    @Test
    void runHelp_listsItsOptions() {
        Cli cli = Cli.run("run", "--help");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).contains("--seed", "--out", "--format", "--set", "--check-slo", "--replications",
                "--threads");
    }

    @Test
    void noSubcommand_isBadUsage() {
        Cli cli = Cli.run();

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required subcommand");
    }

    @Test
    void unknownOption_exitsTwo_withoutAStackTrace() {
        Cli cli = Cli.run("run", "--frobnicate", "scenario.yaml");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option").contains("--frobnicate");
        assertNoStackTrace(cli);
    }

    @Test
    void badFormat_isBadUsage() {
        Cli cli = Cli.run("run", "--format", "pdf", "scenario.yaml");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("--format");
        assertNoStackTrace(cli);
    }

    @Test
    void operations_listsTheWholeCatalogInOrder() {
        Cli cli = Cli.run("operations");

        assertThat(cli.status()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(1 + Operation.values().length).hasSize(38);
        assertThat(lines.get(0)).startsWith("operation").contains("read-only 2018", "read-only 2020", "read-only 2023");
        assertThat(lines.get(1).split(" +")).containsExactly("ListVaults", "read", "yes", "yes", "no");
        assertThat(lines.get(16).split(" +")).containsExactly("GetCertificate", "read", "no", "yes", "yes");
        assertThat(lines.get(37).split(" +")).containsExactly("DeleteCertificate", "write", "no", "no", "no");
    }

    @Test
    void run_missingScenarioFile_exitsTwo_namingTheFile() {
        Path missing = directory.resolve("nope.yaml");
        Cli cli = Cli.run("run", missing.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains(missing + ": no such file");
        assertThat(cli.out()).isEmpty();
        assertNoStackTrace(cli);
    }

    @Test
    void validate_reportsEveryMissingFile_notJustTheFirst() {
        Cli cli = Cli.run("validate", directory.resolve("a.yaml").toString(), directory.resolve("b.yaml").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("a.yaml: no such file").contains("b.yaml: no such file");
    }

    @Test
    void run_directoryAsScenario_exitsTwo() {
        Cli cli = Cli.run("run", directory.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains(directory + ": not a regular file");
    }

    @Test
    void run_outIsARegularFile_exitsTwo_andWritesNothing() throws IOException {
        Path scenario = Files.writeString(directory.resolve("s.yaml"), "name: s\n");
        Path out = Files.writeString(directory.resolve("results"), "keep me");

        Cli cli = Cli.run("run", scenario.toString(), "--out", out.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("keep me");
        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly("results", "s.yaml");
        }
        assertNoStackTrace(cli);
    }

    @Test
    void invalidScenario_exitsTwo_withLocatedMessages() throws IOException {
        Path scenario = Files.writeString(directory.resolve("broken.yaml"), "name: [unclosed\n");

        Cli cli = Cli.run("validate", scenario.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).containsPattern("broken\\.yaml:\\d+:\\d+: ");
        assertThat(cli.out()).isEmpty();
        assertNoStackTrace(cli);
    }

    private static void assertNoStackTrace(Cli cli) {
        assertThat(cli.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void completion_isPicoclisScript_knowingEveryCommand() {
        Cli bash = Cli.run("completion", "bash");

        assertThat(bash.status()).isZero();
        assertThat(bash.out()).contains("vaultsim Bash Completion", "compare", "schema", "--replications");
        assertThat(Cli.run("completion", "zsh").out()).contains("bashcompinit");
        assertThat(Cli.run("completion", "fish").status()).isEqualTo(2);
    }

    @Test
    void engineOption_namesTheEngines_inHelpAndCompletion() {
        // Its help once read "The engine:  (default: hybrid)": a String option has no candidates of its own.
        assertThat(Cli.run("sweep", "--help").out()).contains("The engine: exact, hybrid (default: hybrid).");
        assertThat(Cli.run("sensitivity", "--help").out()).contains("The engine: exact, hybrid (default: hybrid).");
        assertThat(Cli.run("run", "--help").out()).contains("every scenario: exact, hybrid");
        assertThat(Cli.run("completion", "bash").out()).contains("ENGINE_option_args=(\"exact\" \"hybrid\")");
    }
}
