package dev.vaultsim.scenario;

import dev.vaultsim.catalog.ReadOnlyAllowed;
import dev.vaultsim.scenario.yaml.Problem;
import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.ScenarioException;
import dev.vaultsim.scenario.yaml.YamlNode.Mark;
import dev.vaultsim.scenario.yaml.YamlNode.YamlMap;
import dev.vaultsim.scenario.yaml.YamlNode;
import dev.vaultsim.scenario.yaml.YamlReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a scenario file strictly: YAML tree, {@code --set} overrides, then every key read and
 * checked, all problems collected into one {@link ScenarioException}. The result has every
 * default filled in and every reference resolvable.
 */
public final class ScenarioLoader {

    private static final String[] TOP_KEYS = {"name", "description", "revision", "duration", "seed", "regions", "network",
        "service", "readOnlyAllowed", "vaults", "clients", "faults", "stochastic", "report", "engine"};

    private ScenarioLoader() {
    }

    /** Loads a file without overrides. */
    public static LoadedScenario load(Path file) {
        return load(file, List.of());
    }

    /** Loads a file; its name as given is the source in messages. */
    public static LoadedScenario load(Path file, List<String> setOverrides) {
        return loadString(file.toString(), readText(file), setOverrides);
    }

    /** A scenario file's text, strictly UTF-8; what {@link #load} reads, for callers that keep it. */
    public static String readText(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(source, 0, 0, "no such file; expected a scenario YAML file"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(source, 0, 0, "cannot read the file ("
                    + e.getClass().getSimpleName() + "); expected a readable scenario YAML file"));
        }
        return decode(source, bytes);
    }

    /** Loads YAML text; {@code displayName} stands for the file in messages and in {@link Scenario#source()}. */
    public static LoadedScenario loadString(String displayName, String yaml, List<String> setOverrides) {
        Problems problems = new Problems();
        YamlMap root = new YamlReader(displayName, problems, false).readDocument(yaml);
        root = Overrides.apply(root, setOverrides);
        Fields f = Fields.of(root, root.mark(), "the scenario", problems, TOP_KEYS);
        RevisionReading revision = new RevisionReading(revision(f), problems);
        Scenario scenario = read(f, displayName, problems, revision);
        problems.throwIfAny();
        return new LoadedScenario(scenario, problems.warnings(), revision.supplied());
    }

    /** {@code revision:} 2018 (the default), 2020, 2023 or 2025. */
    private static Revision revision(Fields f) {
        YamlNode node = f.node("revision");
        if (node == null) {
            return Revision.DEFAULT;
        }
        String text = Values.scalar(node, "revision", "one of " + Revision.labels(), f.problems());
        Revision revision = text == null ? null : Revision.named(text.strip());
        if (text != null && revision == null) {
            f.problems().add(node.mark(), "unknown revision '" + text + "'; expected one of: " + Revision.labels());
        }
        return revision == null ? Revision.DEFAULT : revision;
    }

    private static Scenario read(Fields f, String source, Problems problems, RevisionReading revision) {
        String name = f.requiredString("name");
        long duration = f.requiredDuration("duration", true);
        long seed = f.has("seed") ? Values.longValue(f.node("seed"), "seed", 1, problems) : 1;
        NetworkSpec network = network(f);
        YamlNode service = f.node("service");
        ServiceReader.read(service, f.mark(), "service", problems, revision.checkingOnly());
        Map<String, RegionSpec> regions = RegionReader.read(f, service, problems, revision);
        ReadOnlyAllowed readOnly = f.has("readOnlyAllowed") ? topReadOnly(f, revision) : null;
        Map<String, VaultSpec> vaults = new LinkedHashMap<>();
        for (IndexedNode item : required(f, "vaults")) {
            VaultSpec vault = VaultReader.read(item.node(), "vaults[" + item.index() + "]", regions, readOnly, problems,
                    revision);
            unique(vaults.put(vault.name(), vault) == null, item.node(), "vault", vault.name(), problems);
        }
        List<ClientSpec> clients = new ArrayList<>();
        List<String> clientNames = new ArrayList<>();
        for (IndexedNode item : required(f, "clients")) {
            ClientSpec client = ClientReader.read(item.node(), "clients[" + item.index() + "]", regions, vaults, problems);
            unique(!clientNames.contains(client.name()), item.node(), "client", client.name(), problems);
            clientNames.add(client.name());
            clients.add(client);
        }
        List<FaultSpec> faults = faults(f, regions, duration, problems);
        List<StochasticFaultSpec> stochastic = stochastic(f, regions, problems);
        return new Scenario(name, f.string("description", ""), source, duration, seed,
                List.copyOf(regions.values()), network, List.copyOf(vaults.values()), clients, faults, stochastic,
                report(f), revision.revision(), engine(f, problems));
    }

    private static EngineChoice engine(Fields f, Problems problems) {
        if (!f.has("engine")) {
            return EngineChoice.EXACT;
        }
        String label = f.string("engine", "exact");
        Optional<EngineChoice> choice = EngineChoice.byLabel(label);
        if (choice.isEmpty()) {
            problems.add(f.markOf("engine"), "unknown engine '" + label + "'; expected engine: exact or hybrid");
            return EngineChoice.EXACT;
        }
        return choice.get();
    }

    /** The top-level read-only list: every vault's unless it writes its own; warned when it overrides the revision's. */
    private static ReadOnlyAllowed topReadOnly(Fields f, RevisionReading revision) {
        ReadOnlyAllowed implied = revision.revision().readOnly();
        return revision.checkingOnly().resolve(f, "readOnlyAllowed", "readOnlyAllowed",
                implied.equals(ReadOnlyAllowed.V2018) ? null : implied, ReadOnlyAllowed.V2018, ReadOnlyAllowed::label,
                () -> VaultReader.readOnlyAllowed(f.node("readOnlyAllowed"), "readOnlyAllowed", f.problems()));
    }

    /** A list item with its index, for messages such as {@code clients[2]}. */
    record IndexedNode(int index, YamlNode node) {
    }

    /** The items of a required, non-empty list. */
    static List<IndexedNode> required(Fields f, String key) {
        YamlNode node = f.required(key);
        List<YamlNode> items = f.list(key);
        if (node != null && items.isEmpty() && node instanceof YamlNode.YamlList) {
            f.problems().add(node.mark(), key + " is empty; expected at least one entry");
        }
        List<IndexedNode> indexed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            indexed.add(new IndexedNode(i, items.get(i)));
        }
        return indexed;
    }

    static void unique(boolean isNew, YamlNode item, String kind, String name, Problems problems) {
        if (!isNew && !name.isEmpty()) {
            Mark mark = item instanceof YamlMap map && map.get("name") != null ? map.get("name").mark() : item.mark();
            problems.add(mark, "duplicate " + kind + " name '" + name + "'; expected unique " + kind + " names");
        }
    }

    private static NetworkSpec network(Fields top) {
        NetworkSpec d = NetworkSpec.DEFAULT;
        Fields f = Fields.of(top.node("network"), top.mark(), "network", top.problems(),
                "routeFactor", "fiberKmPerMs", "baseRtt");
        return new NetworkSpec(f.number("routeFactor", d.routeFactor(), 0, Double.MAX_VALUE, true),
                f.number("fiberKmPerMs", d.fiberKmPerMs(), 0, Double.MAX_VALUE, true),
                f.duration("baseRtt", d.baseRttNanos(), false));
    }

    private static List<FaultSpec> faults(Fields top, Map<String, RegionSpec> regions, long horizon,
                                          Problems problems) {
        FaultReader reader = new FaultReader(regions, horizon, problems);
        List<FaultSpec> faults = new ArrayList<>();
        List<YamlNode> items = top.list("faults");
        for (int i = 0; i < items.size(); i++) {
            FaultSpec fault = reader.read(items.get(i), "faults[" + i + "]");
            if (fault != null) {
                faults.add(fault);
            }
        }
        return faults;
    }

    private static List<StochasticFaultSpec> stochastic(Fields top, Map<String, RegionSpec> regions,
                                                        Problems problems) {
        StochasticReader reader = new StochasticReader(regions, problems);
        List<StochasticFaultSpec> entries = new ArrayList<>();
        List<YamlNode> items = top.list("stochastic");
        for (int i = 0; i < items.size(); i++) {
            StochasticFaultSpec entry = reader.read(items.get(i), "stochastic[" + i + "]");
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static ReportSpec report(Fields top) {
        ReportSpec d = ReportSpec.DEFAULT;
        Fields f = Fields.of(top.node("report"), top.mark(), "report", top.problems(), "bucket", "slo");
        Fields slo = Fields.of(f.node("slo"), f.mark(), "report.slo", top.problems(), "availability");
        return new ReportSpec(f.duration("bucket", d.bucketNanos(), true),
                slo.number("availability", d.sloAvailability(), 0, 1, true));
    }

    /** The file's text; bytes that are not UTF-8 are a user error with their position, not a crash. */
    private static String decode(String source, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            // On failure the decoder leaves the buffer at the first bad byte.
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new ScenarioException(new Problem(source, line, column,
                    "the file is not UTF-8 text (binary data?); expected a YAML text file"));
        }
    }
}
