package dev.vaultsim.cli;

import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.EngineKind;

import java.util.Locale;

/**
 * A rough estimate of a run's work, printed on stderr before it starts so that a week-long
 * scenario at 10,000 requests a second is noticed before it has taken an hour. On the exact
 * engine events come from
 * requests, about two each (arrival and completion of an attempt, more with retries; probes and
 * faults add little: 2.2 fits the library within 10 %); the wall time assumes about two million
 * events a second per thread, the lower end of what the footer reports on a laptop. Only an order
 * of magnitude: faults, retries and the machine move it. The hybrid engine draws steady traffic in
 * bulk, so its time follows how often the world changes (faults, probes, failovers) rather than the
 * rate, which cannot be told before running the world: its line gives the requests, and no warning.
 *
 * @param requests requests over every replication
 * @param events   expected simulation events over every replication on the exact engine
 * @param seconds  expected wall-clock seconds on the exact engine
 * @param bulk     whether the run draws its traffic in bulk (the hybrid engine)
 */
record WorkEstimate(double requests, double events, double seconds, boolean bulk) {

    static final double EVENTS_PER_REQUEST = 2.2;
    static final double EVENTS_PER_SECOND_PER_THREAD = 2e6;
    /** Above this, the estimate comes with a warning. */
    static final double WARN_SECONDS = 3600;

    /** @param engine the engine the run uses (the command line's, else the scenario's own) */
    static WorkEstimate of(Scenario scenario, EngineKind engine, int replications, int threads) {
        double horizonSeconds = scenario.durationNanos() / 1e9;
        double requests = 0;
        for (ClientSpec client : scenario.clients()) {
            requests += replications * client.rate().perSecond() * horizonSeconds;
        }
        double events = requests * EVENTS_PER_REQUEST;
        int parallel = Math.max(1, Math.min(threads, replications));
        return new WorkEstimate(requests, events, events / EVENTS_PER_SECOND_PER_THREAD / parallel,
                engine == EngineKind.HYBRID);
    }

    /** One line for stderr, with a warning and what to do when the run would take hours. */
    String line(String scenario) {
        if (bulk) {
            return String.format(Locale.ROOT, "vaultsim: %s: about %s requests on the hybrid engine, drawn in bulk"
                    + " where the world is steady: its time follows the world's changes, not the rate (the footer"
                    + " reports it)", scenario, magnitude(requests));
        }
        String text = String.format(Locale.ROOT, "vaultsim: %s: about %s events, %s of wall time",
                scenario, magnitude(events), duration(seconds));
        return seconds < WARN_SECONDS ? text : text + "\nvaultsim: warning: " + scenario + " will take hours;"
                + " a shorter duration:, a lower client rate or fewer --replications shrink it (the estimate is"
                + " rough, the footer reports the real figure)";
    }

    private static String magnitude(double events) {
        if (events >= 1e12) {
            return String.format(Locale.ROOT, "%.1f trillion", events / 1e12);
        }
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
