package dev.vaultsim.cli;

import dev.vaultsim.simulation.RunMonitor;
import dev.vaultsim.simulation.RunProgress;
import dev.vaultsim.simulation.WorkUnit;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Progress of a job of many work units on stderr: points done, units done and an ETA from the
 * units' pace. On a terminal a line redrawn as units finish; otherwise a plain line at most every
 * 30 s. Wall-clock time here only ever reaches stderr.
 */
final class UnitProgress implements RunMonitor {

    private static final long PLAIN_EVERY_MILLIS = 30_000;

    private final PrintWriter err;
    private final String label;
    private final int totalUnits;
    private final boolean terminal;
    private final AtomicIntegerArray unitsByPoint;
    private final AtomicInteger units = new AtomicInteger();
    private final AtomicInteger points = new AtomicInteger();
    private final long startMillis = System.currentTimeMillis();
    private volatile long lastPlainMillis = startMillis;

    /** @param perPoint units of each point this process runs (all R, or a shard's share) */
    UnitProgress(PrintWriter err, String label, int[] perPoint) {
        this.err = err;
        this.label = label;
        this.unitsByPoint = new AtomicIntegerArray(perPoint);
        int total = 0;
        for (int n : perPoint) {
            total += n;
        }
        this.totalUnits = total;
        this.terminal = ProgressBar.stderrIsTerminal();
    }

    @Override
    public void started(int replication, RunProgress progress) {
    }

    @Override
    public void finished(int replication) {
    }

    @Override
    public void unitFinished(WorkUnit unit) {
        int done = units.incrementAndGet();
        if (unitsByPoint.decrementAndGet(unit.point()) == 0) {
            points.incrementAndGet();
        }
        long now = System.currentTimeMillis();
        if (terminal || now - lastPlainMillis >= PLAIN_EVERY_MILLIS) {
            lastPlainMillis = now;
            print(done, now);
        }
    }

    private synchronized void print(int done, long now) {
        long elapsed = now - startMillis;
        long etaSeconds = done == 0 ? 0 : Math.round(elapsed * (double) (totalUnits - done) / done / 1000);
        String line = String.format("%s: points %d/%d, units %d/%d, ETA %d:%02d", label, points.get(),
                unitsByPoint.length(), done, totalUnits, etaSeconds / 60, etaSeconds % 60);
        err.print(terminal ? "\r" + line + (done == totalUnits ? "\n" : "") : line + "\n");
        err.flush();
    }
}
