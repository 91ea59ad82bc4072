package dev.vaultsim.record;

/**
 * Everything a report says about one run of a scenario, in parts that each mean one thing, so a
 * new figure touches its part and the writers that show it. {@link #traffic()} pools every
 * replication; {@link #history()} and {@link #timeline()} describe replication 0 only.
 *
 * @param confidence the replications' statistics, or null for a single replication
 * @param analytic   the textbook availability, or null where the model has none
 */
public record RunResult(RunInfo info, Traffic traffic, WorldHistory history, TimelineResult timeline,
                        EngineFigures engine, Confidence confidence, Analytic analytic) {

    /** The same result with an analytic block. */
    public RunResult withAnalytic(Analytic newAnalytic) {
        return new RunResult(info, traffic, history, timeline, engine, confidence, newAnalytic);
    }

    public boolean sloMet() {
        Double availability = traffic.totals().availability();
        return availability != null && availability >= info.sloAvailability();
    }
}
