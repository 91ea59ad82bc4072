package dev.vaultsim.scenario.yaml;

/**
 * One thing wrong with a scenario, where it was found. {@code line} 0 means the source has no
 * useful position (a missing file, a {@code --set} argument).
 *
 * @param message what is wrong, usually followed by {@code ; expected …}
 */
public record Problem(String source, int line, int column, String message) {

    public static Problem at(YamlNode.Mark mark, String message) {
        return new Problem(mark.source(), mark.line(), mark.column(), message);
    }

    /** {@code file:line:column: message}, the one-line form users see. */
    @Override
    public String toString() {
        return (line > 0 ? source + ":" + line + ":" + column : source) + ": " + message;
    }
}
