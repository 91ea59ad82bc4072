package dev.vaultsim.scenario;

/** A fault's target as a report wrote it, read back by key (report.json for {@code compare}). */
public interface TargetSource {

    /** The name under {@code key}, or null when the report left it out. */
    String name(String key);

    /** End {@code index} (0 or 1) of the link under {@code key}. */
    String end(String key, int index);

    int count(String key);

    double factor(String key);
}
