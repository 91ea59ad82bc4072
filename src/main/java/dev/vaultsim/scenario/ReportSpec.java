package dev.vaultsim.scenario;

/** Report settings: the timeline's bucket width and the availability objective. */
public record ReportSpec(long bucketNanos, double sloAvailability) {
    public static final ReportSpec DEFAULT = new ReportSpec(60_000_000_000L, 0.9999);
}
