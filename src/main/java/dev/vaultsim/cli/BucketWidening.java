package dev.vaultsim.cli;

import dev.vaultsim.record.Recorder;
import dev.vaultsim.scenario.Durations;
import dev.vaultsim.scenario.Scenario;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Says on stderr when the timeline's bucket is wider than the scenario's {@code report.bucket}:
 * the recorder widens it by a whole factor to stay under 10,000 buckets, and a bucket someone set
 * on purpose should not change without a word. report.html says it too.
 */
final class BucketWidening {

    private BucketWidening() {
    }

    static void warn(List<Scenario> scenarios, PrintWriter err) {
        for (Scenario scenario : scenarios) {
            long requested = scenario.report().bucketNanos();
            long used = Recorder.timelineBucketNanos(scenario);
            if (used != requested) {
                err.println(String.format(Locale.ROOT, "vaultsim: %s: timeline bucket widened from %s to %s, to stay"
                                + " under %,d buckets over %s", scenario.name(), Durations.format(requested),
                        Durations.format(used), Recorder.MAX_TIMELINE_BUCKETS, Durations.format(scenario.durationNanos())));
            }
        }
    }
}
