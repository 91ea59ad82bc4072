package dev.vaultsim.engine;

/**
 * The run loop and its clock. Time is a {@code long} of nanoseconds since the start. The horizon
 * is half-open: events at {@code t < horizon} run; after it, only the traffic already under way is
 * finished (see {@link #run(long)}).
 *
 * <p>The loop defers the pop of the event it fires: most handlers schedule exactly one event (the
 * next arrival, the reply, the retry), and the first one they schedule takes the fired event's
 * place at the top of the queue in one sift ({@link EventQueue#replaceTop}). Sequence numbers are
 * given in the same order as with a pop before the handler, so the order of events is unchanged.
 */
public final class Simulator {

    private final EventQueue queue = new EventQueue();
    private long now;
    private long eventsProcessed;
    private long pendingTraffic;
    private long fingerprint = 0xcbf29ce484222325L;
    /** The fired event is still at the top of the queue, to be replaced or removed. */
    private boolean topPending;

    public long now() {
        return now;
    }

    public long eventsProcessed() {
        return eventsProcessed;
    }

    /**
     * A hash of every processed event's time and phase, in order: two runs with the same
     * fingerprint took the same path through time.
     */
    public long fingerprint() {
        return fingerprint;
    }

    public void schedule(long time, Phase phase, Event event) {
        if (time < now) {
            throw new IllegalStateException("event scheduled in the past: " + time + " < " + now);
        }
        if (phase == Phase.TRAFFIC) {
            pendingTraffic++;
        }
        if (topPending) {
            topPending = false;
            queue.replaceTop(time, phase, event);
        } else {
            queue.add(time, phase, event);
        }
    }

    public void scheduleAfter(long delay, Phase phase, Event event) {
        schedule(Times.saturatingAdd(now, delay), phase, event);
    }


    /**
     * Runs every event before {@code horizon}; then keeps running (infrastructure and control
     * included, so the world stays true) until no traffic event is pending, so that requests
     * under way at the horizon finish. Traffic sources must not start new work at or after the horizon.
     */
    public void run(long horizon) {
        while (!queue.isEmpty()) {
            long time = queue.peekTime();
            if (time >= horizon && pendingTraffic == 0) {
                break;
            }
            Phase phase = queue.peekPhase();
            Event event = queue.peekEvent();
            topPending = true;
            now = time;
            if (phase == Phase.TRAFFIC) {
                pendingTraffic--;
            }
            eventsProcessed++;
            fingerprint = (fingerprint ^ time) * 0x100000001b3L;
            fingerprint = (fingerprint ^ phase.ordinal()) * 0x100000001b3L;
            event.fire(this);
            if (topPending) {
                topPending = false;
                queue.poll();
            }
        }
    }
}
