package dev.vaultsim.report.compare;

/** Names and units of the figures {@code compare} shows. */
public final class Metrics {

    static final String AVAILABILITY = "availability";
    static final String LATENCY = "latency";
    static final String FAILOVERS = "failovers";
    static final String TO_FAILOVER = "first failover done after (s)";
    static final String TO_FAILBACK = "first failback done after (s)";
    static final String LOST_WRITES = "lost writes";
    static final String DOWNTIME = "downtime (min/month)";

    private Metrics() {
    }

    public enum Unit {
        /** A fraction shown as a percentage; differences in percentage points. */
        FRACTION,
        MILLIS,
        PLAIN
    }

    static Unit unitOf(String metric) {
        if (metric.endsWith(AVAILABILITY)) {
            return Unit.FRACTION;
        }
        return metric.contains(LATENCY) ? Unit.MILLIS : Unit.PLAIN;
    }
}
