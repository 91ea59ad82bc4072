package dev.vaultsim.cli;

import java.util.List;

/**
 * A user mistake found by a command: a missing file, an invalid scenario, an unusable
 * {@code --out}. Exit status 2, the messages on stderr one per line, never a stack trace.
 */
final class InputException extends RuntimeException {

    private final List<String> messages;

    InputException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    InputException(String message) {
        this(List.of(message));
    }

    List<String> messages() {
        return messages;
    }
}
