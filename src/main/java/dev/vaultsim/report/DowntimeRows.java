package dev.vaultsim.report;

import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.Interval;
import dev.vaultsim.scenario.Durations;

import java.util.ArrayList;
import java.util.List;

/**
 * The downtime rows of the text and HTML reports. Downtime per month and per year extrapolate the
 * run's unavailability to a calendar period, which means something only when the run covers at
 * least that period of random faults: one 45-minute outage in a 4-hour scenario is not 25 hours a
 * month. So a run shorter than a month shows its downtime over its own horizon ("in this
 * scenario"), and longer runs name the lengths they use (30-day month, 365-day year, the ones
 * report.json's {@code minutesPerMonth} and {@code minutesPerYear} are computed with).
 */
public final class DowntimeRows {

    public static final double MINUTES_PER_MONTH = 30 * 24 * 60;
    private static final long MONTH_NANOS = 30L * 86_400 * 1_000_000_000L;

    /** One row: its label and the interval of minutes. */
    public record Row(String label, Interval minutes) {
    }

    private DowntimeRows() {
    }

    public static List<Row> of(Confidence confidence, long horizonNanos) {
        List<Row> rows = new ArrayList<>();
        if (confidence.downtimeMinutesPerMonth() == null) {
            return rows;
        }
        if (horizonNanos >= MONTH_NANOS) {
            rows.add(new Row("downtime, minutes per 30-day month", confidence.downtimeMinutesPerMonth()));
            rows.add(new Row("downtime, minutes per 365-day year", confidence.downtimeMinutesPerYear()));
        } else {
            double scale = horizonNanos / 60e9 / MINUTES_PER_MONTH;
            Interval month = confidence.downtimeMinutesPerMonth();
            rows.add(new Row("downtime in this scenario (" + Durations.format(horizonNanos) + "), minutes",
                    new Interval(month.mean() * scale, month.low() == null ? null : month.low() * scale,
                            month.high() == null ? null : month.high() * scale)));
        }
        return rows;
    }
}
