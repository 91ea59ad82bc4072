package dev.vaultsim.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulated-time axis, from 0 to the horizon, in seconds. Ticks fall on round clock steps
 * (5 minutes, an hour, a day…) and read {@code h:mm} for runs up to two days, {@code day N} or
 * {@code dN hh:mm} beyond.
 */
final class TimeScale implements Scale {

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    private static final long[] STEPS = {1, 5, 10, 15, 30, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE,
        15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY,
        14 * DAY, 28 * DAY, 91 * DAY, 365 * DAY};

    private final double horizonSeconds;
    private final double from;
    private final double to;
    private final long step;

    TimeScale(double horizonSeconds, double from, double to, int maxTicks) {
        this.horizonSeconds = horizonSeconds > 0 ? horizonSeconds : 1;
        this.from = from;
        this.to = to;
        long chosen = STEPS[STEPS.length - 1];
        for (long candidate : STEPS) {
            if (this.horizonSeconds / candidate <= maxTicks) {
                chosen = candidate;
                break;
            }
        }
        this.step = chosen;
    }

    @Override
    public double pixel(double seconds) {
        double clamped = Math.max(0, Math.min(horizonSeconds, seconds));
        return from + clamped / horizonSeconds * (to - from);
    }

    @Override
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (long t = 0; t <= horizonSeconds; t += step) {
            ticks.add(new Tick(t, label(t)));
        }
        return ticks;
    }

    @Override
    public String title() {
        return horizonSeconds > 2 * DAY ? "simulated time (days)" : "simulated time (h:mm)";
    }

    double horizonSeconds() {
        return horizonSeconds;
    }

    private String label(long seconds) {
        if (horizonSeconds > 2 * DAY) {
            long day = seconds / DAY;
            long rest = seconds % DAY;
            return rest == 0 ? "day " + day
                    : String.format(Locale.ROOT, "d%d %d:%02d", day, rest / HOUR, rest / MINUTE % 60);
        }
        if (step < MINUTE) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / HOUR, seconds / MINUTE % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / HOUR, seconds / MINUTE % 60);
    }
}
