package dev.vaultsim.cli;

import dev.vaultsim.scenario.LoadedScenario;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.scenario.ScenarioWriter;
import dev.vaultsim.scenario.yaml.ScenarioException;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's only contact with the scenario loader and writer (their API was settled on
 * another branch), and the rule that every file is checked before any is used: all problems of
 * all files are collected and reported together.
 */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /**
     * Loads every file with the {@code --set} overrides, printing the loader's warnings on
     * {@code err}.
     *
     * @throws InputException with every problem of every file, when any file is missing or invalid
     */
    static List<Scenario> loadAll(List<Path> files, List<String> sets, PrintWriter err) {
        return loadAllWithMarks(files, sets, err, Texts.fromDisk()).stream().map(LoadedScenario::scenario).toList();
    }

    /** The same, reading the files' texts through {@code texts} (from disk, or as a shard file stored them). */
    static List<Scenario> loadAll(List<Path> files, List<String> sets, PrintWriter err, Texts texts) {
        return loadAllWithMarks(files, sets, err, texts).stream().map(LoadedScenario::scenario).toList();
    }

    /** As {@link #loadAll}, keeping what each scenario's revision supplied ({@code validate} marks it). */
    static List<LoadedScenario> loadAllWithMarks(List<Path> files, List<String> sets, PrintWriter err, Texts texts) {
        List<LoadedScenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String unusable = texts.isStored() ? null : unusableReason(file);
            if (unusable != null) {
                problems.add(file + ": " + unusable);
                continue;
            }
            try {
                LoadedScenario loaded = ScenarioLoader.loadString(file.toString(), texts.text(file), sets);
                loaded.warnings().forEach(err::println);
                scenarios.add(loaded);
            } catch (ScenarioException e) {
                problems.addAll(e.messages());
            } catch (UncheckedIOException e) {
                problems.add(file + ": cannot be read: " + e.getCause().getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return scenarios;
    }

    /** The resolved scenario as YAML, defaults filled in ({@code validate}). */
    static String toYaml(LoadedScenario loaded) {
        return ScenarioWriter.toYaml(loaded.scenario(), loaded.revisionSupplied());
    }

    /**
     * Where scenario texts come from: the disk (each text kept, in the order read, so that a shard
     * file can store them) or a shard file's stored copies, so that {@code merge} rebuilds the job
     * from exactly what the shards ran.
     */
    static final class Texts {

        private final Map<String, String> byFile;
        private final boolean stored;

        private Texts(Map<String, String> byFile, boolean stored) {
            this.byFile = byFile;
            this.stored = stored;
        }

        static Texts fromDisk() {
            return new Texts(new LinkedHashMap<>(), false);
        }

        static Texts stored(Map<String, String> byFile) {
            return new Texts(new LinkedHashMap<>(byFile), true);
        }

        boolean isStored() {
            return stored;
        }

        String text(Path file) {
            String name = file.toString();
            if (stored) {
                String text = byFile.get(name);
                if (text == null) {
                    throw new InputException(name + ": not stored in the shard files; expected the files the shards ran");
                }
                return text;
            }
            return byFile.computeIfAbsent(name, n -> ScenarioLoader.readText(file));
        }

        /** Every text read so far, by file name as given, in the order read. */
        Map<String, String> all() {
            return Collections.unmodifiableMap(byFile);
        }
    }

    private static String unusableReason(Path file) {
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file";
        }
        if (!Files.isReadable(file)) {
            return "cannot be read (permission denied)";
        }
        return null;
    }
}
