package dev.vaultsim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package map of docs/architecture.md true as the code grows: each package lists the
 * packages it may import (the intended arrows, not a total order), the kernel imports nothing of
 * ours, and the simulating packages hold no ambient nondeterminism.
 */
class ArchitectureTest {

    /** Per package (sub-packages of report share its row), the packages it may import besides itself. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("engine", Set.of());
        ALLOWED.put("catalog", Set.of());
        ALLOWED.put("scenario.yaml", Set.of());
        ALLOWED.put("scenario", Set.of("catalog", "scenario.yaml"));
        ALLOWED.put("model", Set.of("engine", "catalog", "scenario"));
        ALLOWED.put("record", Set.of("catalog", "scenario"));
        ALLOWED.put("workload", Set.of("engine", "catalog", "scenario", "model", "record"));
        ALLOWED.put("faults", Set.of("engine", "catalog", "scenario", "model"));
        ALLOWED.put("simulation", Set.of("engine", "catalog", "scenario", "model", "workload", "faults", "record"));
        ALLOWED.put("report", Set.of("catalog", "scenario", "scenario.yaml", "record"));
        ALLOWED.put("cli", Set.of("catalog", "scenario", "scenario.yaml", "record", "simulation", "report"));
    }

    private static final Pattern FORBIDDEN = Pattern.compile(
            "System\\.currentTimeMillis|System\\.nanoTime|Math\\.random|new Random\\(|ThreadLocalRandom"
                    + "|parallelStream|Instant\\.now|LocalDateTime\\.now|UUID"
                    + "|new HashMap|new HashSet|HashMap::new|HashSet::new|Collectors\\.toSet|Collectors\\.toMap"
                    + "|Executors");

    /** Only the replication runner may start threads. */
    private static final Set<String> MAY_USE_EXECUTORS = Set.of("simulation/UnitRunner.java");

    @Test
    void everyPackage_isInTheMap() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path file : allSources()) {
            packages.add(packageOf(file));
        }
        assertThat(packages).isNotEmpty();
        for (String pkg : packages) {
            assertThat(rowOf(pkg)).as("package %s has a row in ALLOWED", pkg).isNotNull();
        }
    }

    @Test
    void everyPackage_importsOnlyWhatItsRowAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files = allSources();
        assertThat(files).as("sources under " + mainSources()).hasSizeGreaterThan(50);
        for (Path file : files) {
            String row = rowOf(packageOf(file));
            for (String imported : importsOfOurs(file)) {
                String target = rowOf(packageOfClass(imported));
                if (!target.equals(row) && !ALLOWED.get(row).contains(target)) {
                    violations.add(mainSources().relativize(file) + " imports " + imported);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theKernel_importsNothingElseOfOurs() throws IOException {
        List<Path> engine = allSources().stream().filter(f -> packageOf(f).equals("engine")).toList();
        assertThat(engine).isNotEmpty();
        for (Path file : engine) {
            assertThat(importsOfOurs(file)).as(file.toString()).allMatch(i -> i.startsWith("dev.vaultsim.engine."));
        }
    }

    @Test
    void simulatingPackages_haveNoAmbientNondeterminism() throws IOException {
        List<String> hits = new ArrayList<>();
        // report too: its files (JSON, CSV, HTML) must be the same bytes for the same run.
        Set<String> checked = Set.of("engine", "catalog", "model", "workload", "faults", "record", "simulation",
                "report");
        int read = 0;
        for (Path file : allSources()) {
            if (!checked.contains(rowOf(packageOf(file)))) {
                continue;
            }
            read++;
            String relative = mainSources().relativize(file).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(file);
            for (int n = 0; n < lines.size(); n++) {
                var matcher = FORBIDDEN.matcher(lines.get(n));
                while (matcher.find()) {
                    if (matcher.group().equals("Executors") && MAY_USE_EXECUTORS.contains(relative)) {
                        continue;
                    }
                    hits.add(relative + ":" + (n + 1) + ": " + lines.get(n).trim());
                }
            }
        }
        assertThat(read).isGreaterThan(50);
        assertThat(hits).isEmpty();
    }

    /** The row of a package: itself, or the nearest listed ancestor (report.html shares report's). */
    private static String rowOf(String pkg) {
        for (String candidate = pkg; ; candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            if (ALLOWED.containsKey(candidate)) {
                return candidate;
            }
            if (!candidate.contains(".")) {
                return null;
            }
        }
    }

    /** The package of a source file, relative to dev.vaultsim ({@code report.html}). */
    private static String packageOf(Path file) {
        return mainSources().relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
    }

    /** {@code dev.vaultsim.report.html.ChartData.Line} → {@code report.html}: the segments before the first type name. */
    private static String packageOfClass(String qualified) {
        String[] parts = qualified.substring("dev.vaultsim.".length()).split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String part : parts) {
            if (Character.isUpperCase(part.charAt(0)) || part.equals("*")) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    private static List<String> importsOfOurs(Path file) throws IOException {
        List<String> imports = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("import dev.vaultsim.") || trimmed.startsWith("import static dev.vaultsim.")) {
                imports.add(trimmed.replace("import static ", "").replace("import ", "").replace(";", ""));
            }
        }
        return imports;
    }

    private static List<Path> allSources() throws IOException {
        try (Stream<Path> files = Files.walk(mainSources())) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * src/main/java/dev/vaultsim of this project, found from where the test classes were loaded
     * (target/test-classes), so the test reads the sources whatever the working directory.
     */
    private static Path mainSources() {
        try {
            Path classes = Path.of(ArchitectureTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = classes.getParent().getParent().resolve("src/main/java/dev/vaultsim");
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("no sources at " + dir);
            }
            return dir;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
