package dev.vaultsim.scenario.yaml;

import java.util.List;

/**
 * A scenario that cannot be used, with every problem found (not just the first), each naming
 * where it is. A user mistake, never a bug: callers print {@link #messages()} and exit 2.
 */
public final class ScenarioException extends RuntimeException {

    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(join(problems));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One line per problem, {@code file:line:column: message; expected …}. */
    public List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    private static String join(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(problem);
        }
        return text.toString();
    }
}
