package dev.vaultsim.cli;

import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Scenario;

import java.util.Locale;

/**
 * A rough estimate of a run's work, printed on stderr before it starts so that a week-long
 * scenario at 10,000 requests a second is noticed before it has taken an hour. Events come from
 * requests, about two each (arrival and completion of an attempt, more with retries; probes and
 * faults add little: 2.2 fits the library within 10 %); the wall time assumes about two million
 * events a second per thread, the lower end of what the footer reports on a laptop. Only an order
 * of magnitude: faults, retries and the machine move it.
 *
 * @param events  expected simulation events over every replication
 * @param seconds expected wall-clock seconds
 */
record WorkEstimate(double events, double seconds) {

    static final double EVENTS_PER_REQUEST = 2.2;
    static final double EVENTS_PER_SECOND_PER_THREAD = 2e6;
    /** Above this, the estimate comes with a warning. */
    static final double WARN_SECONDS = 3600;

    static WorkEstimate of(Scenario scenario, int replications, int threads) {
        double horizonSeconds = scenario.durationNanos() / 1e9;
        double requests = 0;
        for (ClientSpec client : scenario.clients()) {
            requests += client.rate().perSecond() * horizonSeconds;
        }
        double events = replications * requests * EVENTS_PER_REQUEST;
        int parallel = Math.max(1, Math.min(threads, replications));
        return new WorkEstimate(events, events / EVENTS_PER_SECOND_PER_THREAD / parallel);
    }

    /** One line for stderr, with a warning and what to do when the run would take hours. */
    String line(String scenario) {
        String text = String.format(Locale.ROOT, "vaultsim: %s: about %s events, %s of wall time",
                scenario, magnitude(events), duration(seconds));
        return seconds < WARN_SECONDS ? text : text + "\nvaultsim: warning: " + scenario + " will take hours;"
                + " a shorter duration:, a lower client rate or fewer --replications shrink it (the estimate is"
                + " rough, the footer reports the real figure)";
    }

    private static String magnitude(double events) {
        if (events >= 1e9) {
            return String.format(Locale.ROOT, "%.1f billion", events / 1e9);
        }
        if (events >= 1e6) {
            return String.format(Locale.ROOT, "%.0f million", events / 1e6);
        }
        return String.format(Locale.ROOT, "%,.0f", events);
    }

    private static String duration(double seconds) {
        if (seconds < 1) {
            return "under a second";
        }
        if (seconds < 1.5) {
            return "about a second";
        }
        if (seconds < 120) {
            return String.format(Locale.ROOT, "roughly %.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "roughly %.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "roughly %.1f h", seconds / 3600);
    }
}
