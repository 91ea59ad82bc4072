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

    private final Set<Problem> problems = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();

    public void add(YamlNode.Mark mark, String message) {
        problems.add(Problem.at(mark, message));
    }

    public void add(Problem problem) {
        problems.add(problem);
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
