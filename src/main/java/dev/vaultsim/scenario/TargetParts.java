package dev.vaultsim.scenario;

/**
 * Receives a fault's target part by part, in the order scenario files write its keys. A kind
 * describes its target once, through these calls; each format (report.json, the summaries, the
 * HTML labels, the printed scenario) renders the parts its own way.
 */
public interface TargetParts {

    /** A region or a layer; a null name (an optional layer not given) is left out. */
    void name(String key, String name);

    /** The two ends of a link between regions. */
    void link(String key, String a, String b);

    /** How many units a fault takes; {@code units} says which when the target's names do not ("replicas"). */
    void count(String key, int count, String units);

    /** An availability zone of the region named before it, numbered from 1. */
    void zone(String key, int zone);

    /** A multiplier, such as a latency spike's. */
    void factor(String key, double factor);

    /** The parts a stochastic entry adds: the regions whose units it covers. */
    interface Coverage extends TargetParts {
        void regions(String key, java.util.List<String> names, boolean all);
    }
}
