package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.LimitGroup;
import dev.vaultsim.model.Throttle;
import dev.vaultsim.model.Vault;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.Rate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which hybrid clients draw their throttled traffic window by window ({@link WindowPlanner}), and
 * the planners they share: one per vault and limit group that some client's mix reaches. A limit
 * is planned only when every client reaching it can bound its attempts per window before
 * simulating them (a {@link HybridClient} counts its arrivals, a cache its keys' arrivals that may
 * miss, {@link CacheWindows}, or with constant arrivals its whole schedule; a lane of a client of
 * several vaults its arrivals against every limit of its vaults, {@link SwitchingLane}, and a
 * cache of such a client its bound, or its schedule, against every limit of every one of its
 * vaults, since its misses go wherever the breakers send them): a client whose limits have
 * windows of different widths cannot, nor one whose requests outlive {@link #MAX_REACH_WINDOWS}
 * windows (the planner keeps that many counts); nor is a limit whose clients send less than a
 * request a window. Those limits, and every other limit of the clients reaching them, stay
 * simulated exactly wherever they apply, as before.
 */
final class ThrottlePlanning {

    /** Beyond this many windows of a request's life, a client's counts are not kept: it stays exact. */
    static final long MAX_REACH_WINDOWS = 1000;
    /** Below this many arrivals a window (all clients of a limit together), a limit stays exact. */
    static final double MIN_ARRIVALS_PER_WINDOW = 1;

    /**
     * A client's traffic under the hybrid engine (or part of it): its spec, its vault, and what
     * joins the planners of its limits when they are planned (null: it cannot, and they stay exact).
     */
    record Participant(ClientSpec spec, List<Vault> vaults, Planned planned) {

        /** Of one vault. */
        Participant(ClientSpec spec, Vault vault, Planned planned) {
            this(spec, List.of(vault), planned);
        }
    }

    /** What draws a participant's traffic, once its limits are planned: it joins their planners. */
    interface Planned {
        void planWindows(List<WindowPlanner> planners);
    }

    private record Limit(Vault vault, LimitGroup group) {
    }

    private ThrottlePlanning() {
    }

    /** Gives each client that can be planned its planners, shared with the other clients of each limit. */
    static void plan(List<Participant> participants, long spanNanos) {
        List<List<Limit>> limits = new ArrayList<>();
        // Insertion order: limits are planned in the order clients name them, never a hash's.
        Map<Limit, List<Integer>> reaching = new LinkedHashMap<>();
        boolean[] planned = new boolean[participants.size()];
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            List<Limit> limited = limits(p);
            limits.add(limited);
            for (Limit limit : limited) {
                reaching.computeIfAbsent(limit, k -> new ArrayList<>()).add(i);
            }
            planned[i] = !limited.isEmpty() && plannable(p, limited, spanNanos);
        }
        // A limit is planned when every client reaching it is; a client when all its limits are.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Limit, List<Integer>> limit : reaching.entrySet()) {
                List<Integer> clients = limit.getValue();
                if (busy(limit.getKey(), clients, participants) && clients.stream().allMatch(c -> planned[c])) {
                    continue;
                }
                for (int c : clients) {
                    changed |= planned[c];
                    planned[c] = false;
                }
            }
        }
        Map<Limit, WindowPlanner> planners = new LinkedHashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            if (!planned[i]) {
                continue;
            }
            List<WindowPlanner> own = new ArrayList<>();
            for (Limit limit : limits.get(i)) {
                Throttle throttle = limit.vault().throttle();
                LimitGroup group = limit.group();
                own.add(planners.computeIfAbsent(limit, k -> new WindowPlanner(
                        throttle.windowNanos(group), throttle.limit(group), spanNanos,
                        () -> throttle.lastRefusedNanos(group))));
            }
            participants.get(i).planned().planWindows(own);
        }
    }

    /**
     * Whether the clients reaching a limit send at least one request a window on average: below
     * that, simulating their requests costs less than deciding every window (a scenario of years
     * at a request a month would otherwise spend its time counting empty windows).
     */
    private static boolean busy(Limit limit, List<Integer> clients, List<Participant> participants) {
        double perWindow = 0;
        for (int c : clients) {
            Rate rate = participants.get(c).spec().rate();
            perWindow += rate.count() * limit.vault().throttle().windowNanos(limit.group()) / rate.perNanos();
        }
        return perWindow >= MIN_ARRIVALS_PER_WINDOW;
    }

    /** The limits of the client's vaults that its operations (of positive weight) count against, vault by vault. */
    private static List<Limit> limits(Participant p) {
        List<Limit> limits = new ArrayList<>();
        for (Vault vault : p.vaults()) {
            Set<LimitGroup> limited = EnumSet.noneOf(LimitGroup.class);
            for (MixEntry entry : p.spec().mix()) {
                LimitGroup group = entry.operation().limitGroup();
                if (entry.weight() > 0 && vault.throttle().limits(group)) {
                    limited.add(group);
                }
            }
            limited.forEach(group -> limits.add(new Limit(vault, group)));
        }
        return limits;
    }

    private static boolean plannable(Participant p, List<Limit> limits, long spanNanos) {
        if (p.planned() == null) {
            return false;
        }
        long width = -1;
        for (Limit limit : limits) {
            long own = limit.vault().throttle().windowNanos(limit.group());
            if (width >= 0 && own != width) {
                return false;
            }
            width = own;
        }
        return spanNanos / width < MAX_REACH_WINDOWS;
    }
}
