package dev.vaultsim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the package rules of architecture.md and style.md true as the code grows. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/vaultsim");

    /** Packages in data-flow order: each may import only those before it. */
    private static final List<String> FLOW = List.of(
            "engine", "scenario", "model", "workload", "faults", "record", "simulation", "report", "cli");

    private static final Pattern FORBIDDEN = Pattern.compile(
            "System\\.currentTimeMillis|System\\.nanoTime|Math\\.random|new Random\\(|ThreadLocalRandom"
                    + "|parallelStream|Instant\\.now|new HashMap|new HashSet|LocalDateTime\\.now");

    @Test
    void engine_importsNothingElseOfOurs() throws IOException {
        assertThat(importsOfOurs("engine")).isEmpty();
    }

    @Test
    void everyPackage_importsOnlyPackagesBeforeIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < FLOW.size(); i++) {
            List<String> allowed = FLOW.subList(0, i + 1);
            for (String imported : importsOfOurs(FLOW.get(i))) {
                String target = imported.split("\\.")[2];
                if (!allowed.contains(target)) {
                    violations.add(FLOW.get(i) + " imports " + imported);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void simulationPackages_haveNoAmbientNondeterminism() throws IOException {
        List<String> hits = new ArrayList<>();
        // report too: its files (JSON, CSV, HTML) must be the same bytes for the same run.
        for (String pkg : List.of("engine", "model", "workload", "faults", "record", "simulation", "report")) {
            for (Path file : sources(pkg)) {
                List<String> lines = Files.readAllLines(file);
                for (int n = 0; n < lines.size(); n++) {
                    if (FORBIDDEN.matcher(lines.get(n)).find()) {
                        hits.add(file + ":" + (n + 1) + ": " + lines.get(n).trim());
                    }
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    private static List<String> importsOfOurs(String pkg) throws IOException {
        List<String> imports = new ArrayList<>();
        for (Path file : sources(pkg)) {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("import dev.vaultsim.") || trimmed.startsWith("import static dev.vaultsim.")) {
                    String name = trimmed.replace("import static ", "").replace("import ", "").replace(";", "");
                    if (!name.startsWith("dev.vaultsim." + pkg + ".")) {
                        imports.add(name);
                    }
                }
            }
        }
        return imports;
    }

    private static List<Path> sources(String pkg) throws IOException {
        Path dir = MAIN.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
