package dev.vaultsim.engine;

/**
 * The run loop and its clock. Time is a {@code long} of nanoseconds since the start. The horizon
 * is half-open: events at {@code t < horizon} run; after it, only the traffic already under way is
 * finished (see {@link #run()}).
 *
 * <p>The loop defers the pop of the event it fires: most handlers schedule exactly one event (the
 * next arrival, the reply, the retry), and the first one they schedule takes the fired event's
 * place at the top of the queue in one sift ({@link EventQueue#replaceTop}). Sequence numbers are
 * given in the same order as with a pop before the handler, so the order of events is unchanged.
 */
public final class Simulator {

    private static final long FNV_PRIME = 0x100000001b3L;

    private final EventQueue queue = new EventQueue();
    private final long horizonNanos;
    private long now;
    private long eventsProcessed;
    private long pendingTraffic;
    private long fingerprint = 0xcbf29ce484222325L;
    private final EventKinds kinds = new EventKinds();
    /** The fired event is still at the top of the queue, to be replaced or removed. */
    private boolean topPending;

    public Simulator(long horizonNanos) {
        this.horizonNanos = horizonNanos;
    }

    public long now() {
        return now;
    }

    public long eventsProcessed() {
        return eventsProcessed;
    }

    /**
     * A hash of every processed event's time, precedence and kind (see {@link EventKinds}), in
     * order: two runs with the same fingerprint fired the same kinds of event at the same instants.
     */
    public long fingerprint() {
        return fingerprint;
    }

    /**
     * Schedules an event. A world event (infrastructure or control) at {@link Times#NEVER} (a repair,
     * a fault's end or a timer that saturated past the range) never comes, and is not kept: kept, it
     * would fire once traffic reached NEVER, and a random fault would then fail and repair at NEVER
     * for ever. Traffic at NEVER is kept, so that every request still has its outcome.
     */
    public void schedule(long time, Precedence precedence, Event event) {
        if (time < now) {
            throw new IllegalStateException("event scheduled in the past: " + time + " < " + now);
        }
        if (time == Times.NEVER && precedence != Precedence.TRAFFIC) {
            return;
        }
        if (precedence == Precedence.TRAFFIC) {
            pendingTraffic++;
        }
        if (topPending) {
            topPending = false;
            queue.replaceTop(time, precedence, event);
        } else {
            queue.add(time, precedence, event);
        }
    }

    public void scheduleAfter(long delay, Precedence precedence, Event event) {
        schedule(Times.saturatingAdd(now, delay), precedence, event);
    }

    /**
     * Schedules a traffic event that starts new work (an arrival), or drops it if it falls at or
     * after the horizon. The kernel decides this, not each source, so a source that never looks
     * at the horizon still cannot keep the run going forever.
     */
    public void scheduleArrival(long time, Event event) {
        if (time < horizonNanos) {
            schedule(time, Precedence.TRAFFIC, event);
        }
    }

    /**
     * Runs every event before the horizon; then keeps running (infrastructure and control
     * included, so the world stays true) until no traffic event is pending, so that requests
     * under way at the horizon finish.
     */
    public void run() {
        fireEvents(horizonNanos - 1, true);
    }

    /** The time of the earliest pending event, or {@link Times#NEVER} when none is pending. */
    public long nextEventTime() {
        return queue.isEmpty() ? Times.NEVER : queue.peekTime();
    }

    /**
     * Runs every event at or before {@code time}, whatever the horizon: for a pass that steps the
     * world from one instant to the next and looks at it in between.
     */
    public void runThrough(long time) {
        fireEvents(time, false);
    }

    /**
     * Fires events in order while the next one is at or before {@code lastNanos} or, with
     * {@code finishTraffic}, while traffic is pending. The loop and the firing are one method on
     * purpose: it is the hot loop of every run, and the JIT compiles it as one piece. With the
     * firing in a method of its own, that method was compiled first and then too big to inline,
     * which cost a call per event.
     */
    private void fireEvents(long lastNanos, boolean finishTraffic) {
        while (!queue.isEmpty()) {
            long time = queue.peekTime();
            if (time > lastNanos && !(finishTraffic && pendingTraffic > 0)) {
                break;
            }
            Precedence precedence = queue.peekPrecedence();
            Event event = queue.peekEvent();
            topPending = true;
            now = time;
            if (precedence == Precedence.TRAFFIC) {
                pendingTraffic--;
            }
            eventsProcessed++;
            fingerprint = (fingerprint ^ time) * FNV_PRIME;
            fingerprint = (fingerprint ^ kinds.of(event) ^ precedence.ordinal()) * FNV_PRIME;
            event.fire(this);
            if (topPending) {
                topPending = false;
                queue.poll();
            }
        }
    }
}
