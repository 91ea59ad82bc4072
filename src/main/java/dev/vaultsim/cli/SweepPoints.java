package dev.vaultsim.cli;

import dev.vaultsim.scenario.Grid;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.scenario.Variation;
import dev.vaultsim.scenario.yaml.Problem;
import dev.vaultsim.scenario.yaml.ScenarioException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code sweep} and {@code sensitivity} share: reading {@code --vary} arguments and building
 * every point's scenario before anything runs, with every problem of every point reported
 * together, each naming the {@code --vary} argument that caused it.
 */
final class SweepPoints {

    private SweepPoints() {
    }

    /** @throws InputException naming each bad {@code --vary} */
    static List<Variation> variations(List<String> arguments, List<String> sets) {
        List<String> problems = new ArrayList<>();
        List<Variation> variations = new ArrayList<>();
        for (String argument : arguments) {
            try {
                Variation variation = Variation.parse("--vary", argument);
                for (String set : sets) {
                    int equals = set.indexOf('=');
                    if (equals > 0 && set.substring(0, equals).strip().equals(variation.path())) {
                        problems.add("--vary " + argument + ": the path is also given to --set " + set
                                + "; expected each path in either --set or --vary");
                    }
                }
                variations.add(variation);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return variations;
    }

    /**
     * Each point's scenario: the file with {@code --set}, then the point's values, seed replaced
     * if given. Problems from a point's values name its {@code --vary} argument and value.
     */
    static List<Scenario> load(Path file, List<String> sets, Long seed, List<Grid.Point> points,
                               List<Variation> variations, ScenarioFiles.Texts texts, PrintWriter err) {
        Scenario base = ScenarioFiles.loadAll(List.of(file), sets, err, texts).get(0);
        String text = texts.text(file);
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (Grid.Point point : points) {
            List<String> all = new ArrayList<>(sets);
            all.addAll(point.sets());
            try {
                Scenario scenario = ScenarioLoader.loadString(file.toString(), text, all).scenario();
                scenarios.add(seed == null ? scenario : scenario.withSeed(seed));
            } catch (ScenarioException e) {
                for (Problem problem : e.problems()) {
                    String message = relabel(problem, point, variations);
                    if (!problems.contains(message)) {
                        problems.add(message);
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return base == null ? List.of() : scenarios;
    }

    /** A problem caused by a point's {@code --set} names the {@code --vary} argument and value instead. */
    private static String relabel(Problem problem, Grid.Point point, List<Variation> variations) {
        for (int i = 0; i < point.sets().size(); i++) {
            if (problem.source().equals("--set " + point.sets().get(i))) {
                String set = point.sets().get(i);
                for (Variation variation : variations) {
                    if (set.startsWith(variation.path() + "=")) {
                        return "--vary " + variation.argument() + ": the value " + point.values().get(i) + ": "
                                + problem.message();
                    }
                }
            }
        }
        return problem.toString();
    }
}
