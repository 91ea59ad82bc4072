package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.Vault;
import dev.vaultsim.workload.Backoff;

/**
 * Draws a client's band pieces: the end of an interval, where retries may meet later intervals.
 * A piece's arrivals are cut into slices by where each attempt can land: a slice whose every
 * attempt lands in a known interval, whatever its backoffs, is drawn in bulk along that chain of
 * intervals; where an attempt may land on either side of a boundary, first attempts are drawn in
 * bulk and each retried request is followed ({@link RetryFollower}). Near a replication hazard,
 * writes must commit at their own instants: every retried request is followed.
 */
final class BandSlicer {

    /** Slices of one band piece drawn along chains, and the longest chain followed so (a bound on work). */
    private static final int MAX_SLICES = 512;
    private static final int MAX_CHAIN = 64;

    private final HybridContext context;
    private final ClientShapes shapes;
    private final ShapeTimeline timeline;
    private final OutcomeTables tables;
    private final CountedRequests counted;
    private final RetryFollower follower;
    private final Backoff backoff;
    private final Vault vault;
    /** Slices a band piece may still be cut into before the rest is followed request by request. */
    private int slicesLeft;

    /** The band piece being drawn: its slices' counts are recorded as of its start. */
    private record Piece(Simulator simulator, PieceArrivals arrivals, long start, RandomStream random) {
    }

    BandSlicer(HybridContext context, ClientShapes shapes, OutcomeTables tables, CountedRequests counted,
               RetryFollower follower, Backoff backoff, Vault vault) {
        this.context = context;
        this.shapes = shapes;
        this.timeline = shapes.timeline();
        this.tables = tables;
        this.counted = counted;
        this.follower = follower;
        this.backoff = backoff;
        this.vault = vault;
    }

    /** The band piece [start, end) of {@code interval}, its arrivals drawn from {@code arrivals}. */
    void draw(Simulator simulator, PieceArrivals arrivals, long start, long end, int interval, RandomStream random) {
        int phase = vault.transitions();
        slicesLeft = MAX_SLICES;
        Piece piece = new Piece(simulator, arrivals, start, random);
        long hazard = context.nextHazardAfter(start);
        if (Times.saturatingAdd(end, Times.saturatingAdd(context.maxSpanNanos(), context.lagBoundNanos())) >= hazard) {
            followFirstAttempts(piece, start, end, interval);
        } else {
            int[] chain = new int[Math.min(shapes.maxAttempts(), MAX_CHAIN)];
            chain[0] = interval;
            slice(piece, start, end, chain, 1, 0, 0);
        }
        long now = simulator.now();
        arrivals.whenHandedOut(end, () -> follower.flush(start, phase, now));
    }

    /**
     * Arrivals in [u, v) whose attempts 1 to j land in {@code chain[0..j-1]} whatever their
     * backoffs, the next one sent between {@code lo} and {@code hi} after arrival (if sent).
     */
    private void slice(Piece piece, long u, long v, int[] chain, int j, long lo, long hi) {
        if (u >= v) {
            return;
        }
        int current = chain[j - 1];
        if (j > 1 && shapes.anyNeedsExactness(current) || slicesLeft-- <= 0) {
            followFirstAttempts(piece, u, v, chain[0]);
            return;
        }
        if (j == shapes.maxAttempts() || !shapes.anyRetriedFrom(current)) {
            Outcomes outcomes = tables.chain(a -> chain[a - 1], j);
            int phase = vault.transitions();
            piece.arrivals().count(u, v, outcomes, counted.buffer(outcomes), piece.random(),
                    drawn -> counted.record(outcomes, drawn, piece.start(), phase, piece.random()));
            return;
        }
        if (j == chain.length) {
            followFirstAttempts(piece, u, v, chain[0]);
            return;
        }
        long nextLo = lo + shapes.replyNanos(current, true) + backoff.shortestBefore(j);
        long nextHi = hi + shapes.replyNanos(current, false) + backoff.longestBefore(j);
        int landing = timeline.indexAt(u + nextLo, current);
        long boundary = timeline.endOf(landing);
        if (v - 1 + nextHi < boundary) {
            chain[j] = landing;
            slice(piece, u, v, chain, j + 1, nextLo, nextHi);
            return;
        }
        // Those surely sent before the boundary, those that may be sent on either side, those surely after.
        slice(piece, u, Math.min(v, boundary - nextHi), chain, j, lo, hi);
        followFirstAttempts(piece, Math.max(u, boundary - nextHi), Math.min(v, boundary - nextLo), chain[0]);
        slice(piece, Math.max(u, boundary - nextLo), v, chain, j, lo, hi);
    }

    /** Arrivals in [u, v) of interval {@code interval}: first attempts drawn, each retried request followed. */
    private void followFirstAttempts(Piece piece, long u, long v, int interval) {
        if (u >= v) {
            return;
        }
        Outcomes outcomes = tables.first(interval);
        int phase = vault.transitions();
        piece.arrivals().split(u, v, outcomes, counted.buffer(outcomes), piece.random(),
                (i, arrival) -> follower.follow(piece.simulator(), outcomes.operation(i), arrival,
                        arrival + outcomes.replyNanos(i), outcomes.cause(i), interval),
                drawn -> counted.record(outcomes, drawn, piece.start(), phase, piece.random()));
    }
}
