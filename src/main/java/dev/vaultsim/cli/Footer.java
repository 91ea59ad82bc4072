package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;

import java.util.List;
import java.util.Locale;

/**
 * The one-line footer of {@code run} on stderr, e.g.
 * {@code vaultsim: 1 scenario, 20 replications, 43,180,060 requests, 2,159,003 events in 1.23 s (1.75 M events/s)}:
 * the requests simulated (drawn in bulk or one by one) and the engine's events, so that the two
 * engines' work can be told apart.
 */
final class Footer {

    private Footer() {
    }

    static String line(List<RunResult> results, long wallNanos) {
        long events = 0;
        long replications = 0;
        long requests = 0;
        for (RunResult result : results) {
            events += result.engine().eventsProcessed();
            replications += result.info().replications();
            requests += result.traffic().totals().requests();
        }
        double seconds = Math.max(wallNanos, 1) / 1e9;
        return String.format(Locale.ROOT,
                "vaultsim: %d scenario%s, %,d replication%s, %,d requests, %,d events in %.2f s (%s events/s)",
                results.size(), results.size() == 1 ? "" : "s", replications, replications == 1 ? "" : "s", requests,
                events, seconds, rate(events / seconds));
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
