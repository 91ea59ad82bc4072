package dev.vaultsim.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicOutputTest {

    @TempDir
    Path directory;

    @Test
    void write_createsMissingDirectories_andReplacesAnOldFile() throws IOException {
        Path target = directory.resolve("out/report.json");
        AtomicOutput.write(target, "old");
        AtomicOutput.write(target, "new");

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(list(target.getParent())).containsExactly("report.json");
    }

    @Test
    void aFailedMove_leavesNoTemporaryFileBehind() throws IOException {
        Path target = directory.resolve("report.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "keeps the directory non-empty");

        assertThatThrownBy(() -> AtomicOutput.write(target, "content")).isInstanceOf(IOException.class);
        assertThat(list(directory)).containsExactly("report.json");
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
