package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.report.AtomicOutput;
import dev.vaultsim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@code run --out DIR} puts its files: {@code DIR/} for one scenario,
 * {@code DIR/<scenario name>/} for several. Checked before anything is simulated, so that a bad
 * {@code --out} costs nothing and leaves nothing behind.
 */
final class OutputTarget {

    private final Path root;
    private final boolean perScenario;

    private OutputTarget(Path root, boolean perScenario) {
        this.root = root;
        this.perScenario = perScenario;
    }

    /** The files of {@code run --out}, checked in every directory it will write. */
    static OutputTarget check(Path root, List<Scenario> scenarios) {
        return check(root, scenarios, RunFiles.NAMES);
    }

    /**
     * @param fileNames the files each directory will receive: one that exists as a directory or
     *                  cannot be replaced is found now, not after the simulation has run
     * @throws InputException when a directory or file cannot be used or two scenarios share a name
     */
    static OutputTarget check(Path root, List<Scenario> scenarios, List<String> fileNames) {
        OutputTarget target = new OutputTarget(root, scenarios.size() > 1);
        List<String> problems = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            String earlier = sources.putIfAbsent(scenario.name(), scenario.source());
            if (target.perScenario && earlier != null) {
                problems.add(scenario.source() + ": scenario name '" + scenario.name() + "' is also used by "
                        + earlier + "; with --out and several scenarios, names must differ");
            } else if (target.perScenario && !isPlainName(scenario.name())) {
                problems.add(scenario.source() + ": scenario name '" + scenario.name()
                        + "' cannot name a directory under --out");
            }
        }
        // Subdirectories are checked only once every name is known to be a plain directory name.
        if (isUsable(problems, root) && target.perScenario && problems.isEmpty()) {
            sources.keySet().forEach(name -> {
                if (isUsable(problems, root.resolve(name))) {
                    filesUsable(problems, root.resolve(name), fileNames);
                }
            });
        } else if (!target.perScenario && problems.isEmpty()) {
            filesUsable(problems, root, fileNames);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return target;
    }

    /**
     * Writes every run's {@code report.json}, {@code timeline.csv} and {@code report.html}, each file
     * atomically; {@code scenarios.get(i)} is the scenario that gave {@code results.get(i)}.
     */
    void write(List<RunResult> results, List<Scenario> scenarios, List<String> overrides) {
        for (int i = 0; i < results.size(); i++) {
            RunResult result = results.get(i);
            Path directory = perScenario ? root.resolve(result.info().scenario()) : root;
            writeAll(directory, RunFiles.reports(scenarios.get(i), result, overrides));
        }
    }

    static void writeAll(Path directory, List<RunFiles.OutputFile> files) {
        for (RunFiles.OutputFile file : files) {
            write(directory.resolve(file.name()), file.content());
        }
    }

    private static void write(Path file, String content) {
        try {
            AtomicOutput.write(file, content);
        } catch (IOException e) {
            // The check before the run catches the usual causes; this is a disk that filled up or
            // a directory changed meanwhile. The reason without Java's exception class name.
            String reason = e.getMessage() == null ? "input/output error" : e.getMessage();
            throw new InputException("--out: cannot write " + file + ": " + reason);
        }
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }

    /** Each file the run will write must be absent, or a plain file that can be replaced. */
    private static void filesUsable(List<String> problems, Path directory, List<String> fileNames) {
        for (String name : fileNames) {
            Path file = directory.resolve(name);
            if (Files.isDirectory(file)) {
                problems.add("--out " + directory + ": " + file + " is a directory; expected a file vaultsim can"
                        + " write (remove it or choose another --out)");
            } else if (Files.exists(file) && !Files.isWritable(file)) {
                problems.add("--out " + directory + ": " + file + " exists and cannot be replaced");
            }
        }
    }

    /** A directory is usable if it is one and writable, or if its nearest existing ancestor is. */
    private static boolean isUsable(List<String> problems, Path directory) {
        Path wanted = directory.toAbsolutePath().normalize();
        Path existing = wanted;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String where = existing == null || existing.equals(wanted) ? "" : " (" + existing + ")";
        if (existing == null || !Files.isDirectory(existing)) {
            problems.add("--out " + directory + ": not a directory and cannot be created" + where);
            return false;
        }
        if (!Files.isWritable(existing)) {
            problems.add("--out " + directory + ": not writable" + where);
            return false;
        }
        return true;
    }
}
