// placeholder until the scenario branch merges
package dev.vaultsim.scenario;

import java.util.List;

/** Placeholder: an invalid scenario, each message formatted {@code file:line:column: message; expected …}. */
public class ScenarioException extends RuntimeException {

    private final List<String> messages;

    public ScenarioException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
