package dev.vaultsim.scenario.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found while loading, collected so that one run reports all of them. A set, because
 * a top-level {@code service:} is read once per region and its mistakes must be reported once.
 */
public final class Problems {

    /**
     * After this many problems reading stops: a generated file with a hundred thousand bad keys
     * needs its first mistakes shown, not all of them, and no more work than it takes to find them.
     */
    public static final int MAX_PROBLEMS = 100;

    private final Set<Problem> problems = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();

    public void add(YamlNode.Mark mark, String message) {
        add(Problem.at(mark, message));
    }

    public void add(Problem problem) {
        problems.add(problem);
        if (problems.size() >= MAX_PROBLEMS) {
            List<Problem> shown = new ArrayList<>(problems);
            shown.add(new Problem(problem.source(), 0, 0, MAX_PROBLEMS + " problems; stopped reading there; expected"
                    + " a file with fewer mistakes (fix these and run again)"));
            throw new ScenarioException(shown);
        }
    }

    public void warn(YamlNode.Mark mark, String message) {
        String text = Problem.at(mark, message).toString();
        if (!warnings.contains(text)) {
            warnings.add(text);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ScenarioException(new ArrayList<>(problems));
        }
    }
}
