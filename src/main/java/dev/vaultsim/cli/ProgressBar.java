package dev.vaultsim.cli;

import dev.vaultsim.simulation.RunMonitor;
import dev.vaultsim.simulation.RunProgress;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a long run on stderr: replications done, simulated time, events/s and an ETA, from a
 * daemon thread. On a terminal a one-line bar redrawn a few times a second; otherwise (a CI log, a
 * file) a plain line every 30 s once the run has taken 30 s, so short runs print nothing and long
 * ones show they are alive without flooding the log. The figures are read racily from running
 * simulators, which is fine for display and never reaches a report.
 */
final class ProgressBar implements RunMonitor, AutoCloseable {

    private static final long REDRAW_MILLIS = 250;
    static final long PLAIN_EVERY_MILLIS = 30_000;

    private final PrintWriter err;
    private final String label;
    private final int replications;
    private final long horizonNanos;
    private final ConcurrentHashMap<Integer, RunProgress> running = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicLong finishedEvents = new AtomicLong();
    private final long startMillis = System.currentTimeMillis();
    private final Thread painter;
    /** 0 on a terminal (redraw in place); else the period of plain lines. */
    private final long plainEveryMillis;
    private volatile boolean closed;

    ProgressBar(PrintWriter err, String label, int replications, long horizonNanos) {
        this(err, label, replications, horizonNanos, 0);
    }

    ProgressBar(PrintWriter err, String label, int replications, long horizonNanos, long plainEveryMillis) {
        this.plainEveryMillis = plainEveryMillis;
        this.err = err;
        this.label = label;
        this.replications = replications;
        this.horizonNanos = horizonNanos;
        this.painter = new Thread(this::paintUntilClosed, "vaultsim-progress");
        painter.setDaemon(true);
        painter.start();
    }

    /** A bar when stderr is a terminal, plain lines every 30 s otherwise, nothing when quiet. */
    static RunMonitor forStderr(PrintWriter err, String label, int replications, long horizonNanos, boolean quiet) {
        if (quiet) {
            return RunMonitor.NONE;
        }
        return new ProgressBar(err, label, replications, horizonNanos, stderrIsTerminal() ? 0 : PLAIN_EVERY_MILLIS);
    }

    /**
     * Whether stderr is a terminal. {@link System#console()} needs stdout to be one too, which it is
     * not when the summary is piped, so on Linux ask the file descriptor itself.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void started(int replication, RunProgress progress) {
        running.put(replication, progress);
    }

    @Override
    public void finished(int replication) {
        RunProgress progress = running.remove(replication);
        if (progress != null) {
            finishedEvents.addAndGet(progress.eventsProcessed());
        }
        finished.incrementAndGet();
    }

    @Override
    public void close() {
        closed = true;
        painter.interrupt();
        if (plainEveryMillis == 0) {
            synchronized (err) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }

    private void paintUntilClosed() {
        try {
            while (!closed) {
                Thread.sleep(plainEveryMillis == 0 ? REDRAW_MILLIS : plainEveryMillis);
                if (!closed) {
                    paint();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void paint() {
        double simulated = finished.get();
        long events = finishedEvents.get();
        for (RunProgress progress : running.values()) {
            simulated += Math.min(1.0, progress.simulatedNanos() / (double) horizonNanos);
            events += progress.eventsProcessed();
        }
        double fraction = simulated / replications;
        double elapsedSeconds = Math.max(1e-3, (System.currentTimeMillis() - startMillis) / 1000.0);
        String eta = fraction <= 0 ? "?" : clock(elapsedSeconds * (1 - fraction) / fraction);
        int width = 30;
        int filled = (int) Math.round(fraction * width);
        double simulatedDays = simulated * horizonNanos / 86_400e9;
        double totalDays = (double) replications * horizonNanos / 86_400e9;
        String line = plainEveryMillis == 0 ? String.format(Locale.ROOT,
                "\r%s [%s%s] %3.0f %%  replications %d/%d  simulated %.1f of %.1f days  %.2f M events/s  ETA %s\033[K",
                label, "#".repeat(filled), ".".repeat(width - filled), fraction * 100, finished.get(), replications,
                simulatedDays, totalDays, events / elapsedSeconds / 1e6, eta)
                : String.format(Locale.ROOT,
                "vaultsim: %s: %.0f %% after %s, replications %d/%d, simulated %.1f of %.1f days, %.2f M events/s, ETA %s%n",
                label, fraction * 100, clock(elapsedSeconds), finished.get(), replications, simulatedDays, totalDays,
                events / elapsedSeconds / 1e6, eta);
        synchronized (err) {
            err.print(line);
            err.flush();
        }
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
