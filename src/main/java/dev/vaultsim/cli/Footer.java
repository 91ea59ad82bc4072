package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;

import java.util.List;
import java.util.Locale;

/**
 * The one-line footer of {@code run} on stderr, e.g.
 * {@code vaultsim: 1 scenario, 2,159,003 events in 1.23 s (1.75 M events/s)}.
 */
final class Footer {

    private Footer() {
    }

    static String line(List<RunResult> results, long wallNanos) {
        long events = 0;
        for (RunResult result : results) {
            events += result.engine().eventsProcessed();
        }
        double seconds = Math.max(wallNanos, 1) / 1e9;
        return String.format(Locale.ROOT, "vaultsim: %d scenario%s, %,d events in %.2f s (%s events/s)",
                results.size(), results.size() == 1 ? "" : "s", events, seconds, rate(events / seconds));
    }

    /** Events per second with a k or M prefix. */
    static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.2f k", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }
}
