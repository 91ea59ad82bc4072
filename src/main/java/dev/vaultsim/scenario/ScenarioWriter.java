package dev.vaultsim.scenario;

import dev.vaultsim.catalog.LimitGroup;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.ReadOnlyAllowed;
import dev.vaultsim.scenario.yaml.Numbers;
import dev.vaultsim.scenario.yaml.YamlEmitter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a resolved scenario (every default filled in) as a scenario file, in the format's key
 * order, for {@code validate}. What it prints loads back to an equal {@link Scenario}.
 */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    public static String toYaml(Scenario s) {
        return toYaml(s, List.of(), false);
    }

    /**
     * The resolved scenario with a {@code # revision …} comment beside every value whose path
     * ({@code regions[0].service.failover.detection}) is in {@code revisionSupplied} ({@code validate}),
     * and, under the {@code zones:} of each region with more than one zone, a comment line per zone
     * listing the units in it ({@link ZonePlacement}). Comments only: it loads back the same.
     */
    public static String toYaml(Scenario s, List<String> revisionSupplied) {
        return toYaml(s, revisionSupplied, true);
    }

    private static String toYaml(Scenario s, List<String> revisionSupplied, boolean placement) {
        Marks marks = new Marks(revisionSupplied, s.revision().mark());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", s.name());
        root.put("description", s.description());
        root.put("revision", s.revision().label());
        if (s.engine() != EngineChoice.EXACT) {
            root.put("engine", s.engine().label());
        }
        root.put("duration", Durations.format(s.durationNanos()));
        root.put("seed", s.seed());
        boolean shared = sharedService(s);
        List<Object> regions = new ArrayList<>();
        for (int i = 0; i < s.regions().size(); i++) {
            regions.add(region(s.regions().get(i), !shared, placement, marks.under("regions[" + i + "].")));
        }
        root.put("regions", regions);
        root.put("network", map("routeFactor", Numbers.boxed(s.network().routeFactor()),
                "fiberKmPerMs", Numbers.boxed(s.network().fiberKmPerMs()),
                "baseRtt", Durations.format(s.network().baseRttNanos())));
        if (shared && !s.regions().isEmpty()) {
            root.put("service", service(s.regions().get(0).service(), marks.under("regions[0].")));
        }
        List<Object> vaults = new ArrayList<>();
        for (int i = 0; i < s.vaults().size(); i++) {
            vaults.add(vault(s.vaults().get(i), marks.under("vaults[" + i + "].")));
        }
        root.put("vaults", vaults);
        root.put("clients", s.clients().stream().map(ScenarioWriter::client).toList());
        root.put("faults", s.faults().stream().map(ScenarioWriter::fault).toList());
        if (!s.stochastic().isEmpty()) {
            root.put("stochastic", s.stochastic().stream().map(ScenarioWriter::stochastic).toList());
        }
        root.put("report", map("bucket", Durations.format(s.report().bucketNanos()),
                "slo", map("availability", Numbers.boxed(s.report().sloAvailability()))));
        return YamlEmitter.document(root);
    }

    /** One top-level service when every region has the same; else each region carries its own. */
    private static boolean sharedService(Scenario s) {
        for (RegionSpec region : s.regions()) {
            if (!region.service().equals(s.regions().get(0).service())) {
                return false;
            }
        }
        return true;
    }

    /** Which values to mark as the revision's: paths of the resolved scenario under {@code prefix}. */
    private record Marks(List<String> supplied, String comment, String prefix) {
        Marks(List<String> supplied, String comment) {
            this(supplied, comment, "");
        }

        Marks under(String more) {
            return new Marks(supplied, comment, prefix + more);
        }

        Object value(String path, Object value) {
            return supplied.contains(prefix + path) ? new YamlEmitter.Commented(value, comment) : value;
        }
    }

    private static Map<String, Object> region(RegionSpec r, boolean withService, boolean placement, Marks marks) {
        Map<String, Object> map = map("name", r.name(), "geography", r.geography(),
                "location", map("lat", Numbers.boxed(r.location().lat()), "lon", Numbers.boxed(r.location().lon())));
        if (r.pair() != null) {
            map.put("pair", r.pair());
        }
        Object zones = marks.value("zones", r.zones());
        if (placement && r.zones() > 1) {
            // The units of each zone, as comment lines under zones: (a first line of its own, if marked).
            StringBuilder comment = new StringBuilder(zones instanceof YamlEmitter.Commented c ? c.comment() : "");
            ZonePlacement.of(r).zones().forEach(zone -> comment.append('\n').append(zone.line()));
            zones = new YamlEmitter.Commented(r.zones(), comment.toString());
        }
        map.put("zones", zones);
        if (withService) {
            map.put("service", service(r.service(), marks));
        }
        return map;
    }

    private static Map<String, Object> service(ServiceSpec s, Marks marks) {
        List<Object> layers = new ArrayList<>();
        for (LayerSpec layer : s.layers()) {
            Map<String, Object> map = map("name", layer.name(), "instances", layer.instances(),
                    "latency", Distributions.toYaml(layer.latency()));
            if (!layer.operations().isEmpty()) {
                map.put("operations", names(layer.operations()));
            }
            layers.add(map);
        }
        FailoverSpec f = s.failover();
        Map<String, Object> failover = map("detection", marks.value("service.failover.detection",
                        Distributions.toYaml(f.detection())),
                "duration", Distributions.toYaml(f.duration()),
                "failbackDelay", Distributions.toYaml(f.failbackDelay()),
                "failbackDuration", Distributions.toYaml(f.failbackDuration()));
        failover.put("initiation", marks.value("service.failover.initiation", Numbers.boxed(f.initiation())));
        Map<String, Object> service = map("layers", layers,
                "healthProbe", map("interval", Durations.format(s.healthProbe().intervalNanos()),
                        "failuresToEject", s.healthProbe().failuresToEject()),
                "replicas", map("count", s.replicas().count(), "writeQuorum", s.replicas().writeQuorum()),
                "replication", map("mode", s.replication().mode().label(),
                        "lag", Distributions.toYaml(s.replication().lag())),
                "failover", failover);
        service.put("zoneFailover", map("writePause", Durations.format(s.zoneFailover().writePauseNanos())));
        return service;
    }

    private static Map<String, Object> vault(VaultSpec v, Marks marks) {
        Map<String, Object> map = map("name", v.name(), "region", v.region(), "keyProtection",
                v.keyProtection().label());
        // Written even when off, the default: the resolved scenario shows every default.
        map.put("limits", v.limits() == null ? "off" : limits(v.limits()));
        ReadOnlyAllowed readOnly = v.readOnlyAllowed();
        map.put("readOnlyAllowed", marks.value("readOnlyAllowed", ReadOnlyAllowed.named(readOnly.label()) != null
                && ReadOnlyAllowed.named(readOnly.label()).equals(readOnly) ? readOnly.label()
                : names(readOnly.operations())));
        return map;
    }

    private static Object limits(LimitsSpec limits) {
        if ("azure".equals(limits.label())) {
            return "azure";
        }
        Map<String, Object> map = new LinkedHashMap<>();
        String[] keys = {"secretCreates", "secretOperations", "keyCreates", "keyOperations"};
        for (LimitGroup group : LimitGroup.values()) {
            Rate rate = limits.limitFor(group);
            if (rate != null) {
                map.put(keys[group.ordinal()], Rates.format(rate));
            }
        }
        return map;
    }

    private static Map<String, Object> client(ClientSpec c) {
        Map<String, Object> mix = new LinkedHashMap<>();
        for (MixEntry entry : c.mix()) {
            mix.put(entry.operation().name(), Numbers.boxed(entry.weight()));
        }
        RetrySpec r = c.retry();
        Map<String, Object> retry = map("maxRetries", r.maxRetries(), "backoff", r.backoff().label(),
                "baseDelay", Durations.format(r.baseDelayNanos()), "maxDelay", Durations.format(r.maxDelayNanos()));
        retry.put("jitter", r.fullJitter() ? "full" : Numbers.boxed(r.jitter()));
        boolean several = c.vaults().size() > 1;
        Map<String, Object> map = map("name", c.name(), "region", c.region(), several ? "vaults" : "vault",
                several ? c.vaults() : c.vault(), "rate", Rates.format(c.rate()), "arrivals", c.arrivals().label(), "mix", mix,
                "timeout", Durations.format(c.timeoutNanos()), "retry", retry);
        map.put("retryOn", c.retryOn().stream().map(Enum::name).toList());
        resilience(c, map);
        return map;
    }

    /** The client-resilience keys, only where the client uses them, so other scenarios keep their bytes. */
    private static void resilience(ClientSpec c, Map<String, Object> map) {
        if (c.vaults().size() > 1) {
            SwitchoverSpec s = c.switchover();
            Map<String, Object> switchover = map("policy", s.policy().label(), "failureThreshold",
                    s.failureThreshold(), "openFor", Durations.format(s.openForNanos()));
            switchover.put("on", s.on().stream().map(Enum::name).toList());
            map.put("switchover", switchover);
            map.put("writes", c.writes().label());
        }
        if (c.objects() != 1) {
            map.put("objects", c.objects());
        }
        CacheSpec cache = c.cache();
        if (cache != null) {
            map.put("cache", map("operations", names(cache.operations()), "ttl", Durations.format(cache.ttlNanos()),
                    "staleIfError", Durations.format(cache.staleIfErrorNanos()), "coalesce", cache.coalesce()));
        }
        if (c.privateEndpoint() != null) {
            map.put("privateEndpoint", map("reconnect", Distributions.toYaml(c.privateEndpoint().reconnect())));
        }
    }

    private static Map<String, Object> fault(FaultSpec f) {
        YamlTarget target = new YamlTarget(f.type());
        f.describe(target);
        target.map.put("at", Durations.format(f.atNanos()));
        target.map.put("duration", Durations.format(f.durationNanos()));
        return target.map;
    }

    private static Map<String, Object> stochastic(StochasticFaultSpec f) {
        YamlTarget target = new YamlTarget(f.type());
        f.describe(target);
        target.map.put("timeBetweenFailures", Distributions.toYaml(f.timeBetweenFailures()));
        target.map.put("timeToRepair", Distributions.toYaml(f.timeToRepair()));
        return target.map;
    }

    /** A fault entry's type and target as the scenario file writes them. */
    private static final class YamlTarget implements TargetParts.Coverage {
        private final Map<String, Object> map;

        YamlTarget(String type) {
            map = map("type", type);
        }

        @Override
        public void name(String key, String name) {
            if (name != null) {
                map.put(key, name);
            }
        }

        @Override
        public void link(String key, String a, String b) {
            map.put(key, List.of(a, b));
        }

        @Override
        public void count(String key, int count, String units) {
            map.put(key, count);
        }

        @Override
        public void zone(String key, int zone) {
            map.put(key, zone);
        }

        @Override
        public void factor(String key, double factor) {
            map.put(key, Numbers.boxed(factor));
        }

        @Override
        public void regions(String key, List<String> names, boolean all) {
            map.put(key, all ? "all" : names);
        }
    }

    private static List<String> names(Set<Operation> operations) {
        return operations.stream().map(Enum::name).toList();
    }

    /** An ordered map from alternating keys and values. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
