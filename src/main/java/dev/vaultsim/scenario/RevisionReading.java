package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The design's precedence while a scenario is read: what the scenario writes (or {@code --set}
 * wrote into it) wins, with a warning when it differs from what the revision implies; else the
 * revision's value, noted as supplied for {@code validate}; else the built-in default.
 */
final class RevisionReading {

    private final Revision revision;
    private final Problems problems;
    private final List<String> supplied;
    /** Where the values read now sit in the resolved scenario ({@code regions[0].}), for {@link #supplied}. */
    private final String prefix;

    RevisionReading(Revision revision, Problems problems) {
        this(revision, problems, new ArrayList<>(), "");
    }

    private RevisionReading(Revision revision, Problems problems, List<String> supplied, String prefix) {
        this.revision = revision;
        this.problems = problems;
        this.supplied = supplied;
        this.prefix = prefix;
    }

    /** The same reading for values under {@code prefix} ({@code regions[1].}). */
    RevisionReading under(String morePrefix) {
        return new RevisionReading(revision, problems, supplied, prefix + morePrefix);
    }

    /** A reading whose supplied values are dropped: for a block read only to check it. */
    RevisionReading checkingOnly() {
        return new RevisionReading(revision, problems, new ArrayList<>(), prefix);
    }

    Revision revision() {
        return revision;
    }

    /** Paths of the resolved scenario whose values the revision supplied, in reading order. */
    List<String> supplied() {
        return List.copyOf(supplied);
    }

    /**
     * The value of {@code key}: explicit, else {@code implied} (the revision's, null when it implies
     * nothing), else {@code fallback}.
     *
     * @param path   the key as the warning names it ({@code service.failover.detection})
     * @param format the value as the warning writes it
     */
    <T> T resolve(Fields f, String key, String path, T implied, T fallback, Function<T, String> format,
                  Supplier<T> read) {
        if (f.has(key)) {
            T value = read.get();
            if (implied != null && !implied.equals(value)) {
                problems.warn(f.markOf(key), revision.overrides(path, format.apply(value)));
            }
            return value;
        }
        if (implied != null) {
            String at = prefix + path;
            if (!supplied.contains(at)) {
                supplied.add(at);
            }
            return implied;
        }
        return fallback;
    }
}
