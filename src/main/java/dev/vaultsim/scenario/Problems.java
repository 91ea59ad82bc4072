package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found while loading, collected so that one run reports all of them. A set, because
 * a top-level {@code service:} is read once per region and its mistakes must be reported once.
 */
final class Problems {

    private final Set<Problem> problems = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();

    void add(YamlNode.Mark mark, String message) {
        problems.add(Problem.at(mark, message));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    void warn(YamlNode.Mark mark, String message) {
        String text = Problem.at(mark, message).toString();
        if (!warnings.contains(text)) {
            warnings.add(text);
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ScenarioException(new ArrayList<>(problems));
        }
    }
}
