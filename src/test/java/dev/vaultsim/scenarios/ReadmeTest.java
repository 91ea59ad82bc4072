package dev.vaultsim.scenarios;

import dev.vaultsim.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's excerpt of {@code run scenarios/paired-region-failover.yaml} is what the command prints. */
class ReadmeTest {

    @Test
    void readingAReport_excerpt_isWhatRunPrints() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Reading a report");
        int start = readme.indexOf("```\n", section) + 4;
        String excerpt = readme.substring(start, readme.indexOf("```", start));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "run", "scenarios/paired-region-failover.yaml", "--quiet");

        assertThat(status).isZero();
        for (String block : excerpt.split("\n\n")) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(block.strip());
        }
    }
}
