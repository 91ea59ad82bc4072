package dev.vaultsim.cli;

import dev.vaultsim.scenario.LoadedScenario;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.yaml.ScenarioException;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.scenario.ScenarioWriter;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        return loadAllWithMarks(files, sets, err).stream().map(LoadedScenario::scenario).toList();
    }

    /** As {@link #loadAll}, keeping what each scenario's revision supplied ({@code validate} marks it). */
    static List<LoadedScenario> loadAllWithMarks(List<Path> files, List<String> sets, PrintWriter err) {
        List<LoadedScenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String unusable = unusableReason(file);
            if (unusable != null) {
                problems.add(file + ": " + unusable);
                continue;
            }
            try {
                LoadedScenario loaded = ScenarioLoader.load(file, sets);
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
