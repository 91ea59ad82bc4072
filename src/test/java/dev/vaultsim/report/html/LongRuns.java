package dev.vaultsim.report.html;

import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.BucketResult;
import dev.vaultsim.record.BucketStats;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunInfo;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.TimelineResult;
import dev.vaultsim.record.WorldHistory;
import dev.vaultsim.report.RunResults;
import dev.vaultsim.scenario.RegionOutage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A 30-day run built by hand, the size the recorder produces (8,640 five-minute buckets), with a
 * regional outage and failover every day: the worst case for the report's size.
 */
final class LongRuns {

    private static final long SECOND = RunResults.SECOND;
    private static final long DAY = 86_400 * SECOND;
    private static final long BUCKET = 300 * SECOND;

    private LongRuns() {
    }

    static RunResult thirtyDays() {
        RunResult base = new RunResults().build();
        long horizon = 30 * DAY;
        List<PhaseResult> phases = new ArrayList<>();
        List<FaultWindow> faults = new ArrayList<>();
        List<FailoverResult> failovers = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            long t = day * DAY;
            long down = t + 6 * 3600 * SECOND;
            phases.add(phase(VaultState.NORMAL, t, down));
            phases.add(phase(VaultState.PRIMARY_DOWN, down, down + 120 * SECOND));
            phases.add(phase(VaultState.FAILING_OVER, down + 120 * SECOND, down + 420 * SECOND));
            phases.add(phase(VaultState.FAILED_OVER, down + 420 * SECOND, down + 7200 * SECOND));
            phases.add(phase(VaultState.FAILING_BACK, down + 7200 * SECOND, down + 7380 * SECOND));
            phases.add(phase(VaultState.NORMAL, down + 7380 * SECOND, t + DAY));
            faults.add(new FaultWindow(new RegionOutage("westeurope", down, 3600 * SECOND), down,
                    down + 3600 * SECOND));
            failovers.add(new FailoverResult("contoso-kv", "westeurope", "northeurope", down, down + 120 * SECOND,
                    down + 420 * SECOND, down + 7200 * SECOND, down + 7380 * SECOND, 0, 17));
        }
        RunInfo info = base.info();
        return new RunResult(new RunInfo("month", info.description(), info.seed(), 1, horizon, info.sloAvailability()),
                base.traffic(), new WorldHistory(base.history().stateNanos(), phases, failovers, faults, 0),
                new TimelineResult(BUCKET, timeline(horizon)), base.engine(), null, null);
    }

    private static PhaseResult phase(VaultState state, long start, long end) {
        return new PhaseResult("contoso-kv", state, "westeurope", start, end, Map.of());
    }

    /** Noisy but fixed values: a linear congruential sequence, so the test needs no random source. */
    private static List<BucketResult> timeline(long horizon) {
        List<BucketResult> buckets = new ArrayList<>();
        long state = 1;
        for (long start = 0; start < horizon; start += BUCKET) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            long failed = (state >>> 60) % 4;
            double p50 = 5 + (state >>> 40) % 1000 / 1000.0;
            BucketStats stats = new BucketStats(60_000, 60_000 - failed, p50, p50 * 4.7);
            buckets.add(new BucketResult(start, stats, stats, stats, "NORMAL"));
        }
        return buckets;
    }
}
