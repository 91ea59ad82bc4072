package dev.vaultsim.report.compare;

/** Names and units of the figures {@code compare} shows. */
public final class Metrics {

    static final String AVAILABILITY = "availability";
    /** Latency rows say whose latency: a failed request has none, so they can flatter a failing design. */
    static final String LATENCY = "latency";
    static final String OF_SUCCESSFUL = "of successful requests";
    static final String FAILOVERS = "failovers";
    static final String TO_FAILOVER = "first failover done after (s)";
    static final String TO_FAILBACK = "first failback done after (s)";
    static final String LOST_WRITES = "lost writes";
    static final String DOWNTIME = "downtime (min per 30-day month)";
    static final String DOWNTIME_IN_SCENARIO = "downtime in the scenario (min)";

    private Metrics() {
    }

    public enum Unit {
        /** A fraction shown as a percentage; differences in percentage points. */
        FRACTION,
        MILLIS,
        PLAIN
    }

    /** Figures the report keeps for replication 0 only. */
    static boolean isFromReplicationZero(String metric) {
        return metric.equals(FAILOVERS) || metric.equals(TO_FAILOVER) || metric.equals(TO_FAILBACK)
                || metric.equals(LOST_WRITES);
    }

    static Unit unitOf(String metric) {
        if (metric.endsWith(AVAILABILITY)) {
            return Unit.FRACTION;
        }
        return metric.contains(LATENCY) ? Unit.MILLIS : Unit.PLAIN;
    }
}
