package dev.vaultsim.cli;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.scenario.yaml.ScenarioException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.serialization.JsonNodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code vaultsim.schema.json} against the loader and the library, with networknt's validator
 * (an established draft-07 implementation, test scope). The schema is written by hand, so the
 * loader is asked what it accepts: an unknown key planted in every map of the reference and the
 * stochastic scenario makes the loader list the keys it expects there, and those must be the
 * schema's. A key added to a reader without the schema fails here.
 */
class SchemaTest {

    private static final Path SCHEMA = Path.of("vaultsim.schema.json");
    private static final String PLANTED = "zzPlantedKey";
    private static final Pattern EXPECTED = Pattern.compile(
            "unknown key '" + PLANTED + "' in .*?; expected one of: (.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Path> library() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("scenarios"), Path.of("scenarios/bench"))) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    private static JsonSchema schema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.jsonNodeReader(JsonNodeReader.builder().locationAware().build()));
        return factory.getSchema(Files.readString(SCHEMA));
    }

    @Test
    void schemaCommand_printsTheCommittedSchema() throws IOException {
        Cli cli = Cli.run("schema");

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEqualTo(Files.readString(SCHEMA));
    }

    @Test
    void schema_isValidDraft07() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(java.net.URI.create("http://json-schema.org/draft-07/schema#"));
        assertThat(meta.validate(JSON.readTree(SCHEMA.toFile()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("library")
    void everyLibraryScenario_isValidAgainstTheSchema_andNamesItInItsModeline(Path file) throws IOException {
        String yaml = Files.readString(file);
        Set<ValidationMessage> problems = schema().validate(yaml, InputFormat.YAML);

        assertThat(problems).as(file.toString()).isEmpty();
        // Relative, so that VS Code (YAML extension) and IntelliJ find it in a clone, offline.
        String toRoot = "../".repeat(file.getParent().getNameCount());
        assertThat(yaml.lines().findFirst().orElse(""))
                .isEqualTo("# yaml-language-server: $schema=" + toRoot + SCHEMA);
    }

    @Test
    void aMisspeltKey_isFlaggedByTheSchema_atItsLine() throws IOException {
        String yaml = Files.readString(Path.of("scenarios/paired-region-failover.yaml"))
                .replace("    rate: 200/s", "    rat: 200/s");
        int line = 1 + (int) yaml.lines().takeWhile(l -> !l.contains("rat: 200/s")).count();

        List<ValidationMessage> problems = List.copyOf(schema().validate(yaml, InputFormat.YAML));

        assertThat(problems).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("rat") && m.contains("not defined in the schema"))
                .anyMatch(m -> m.contains("required property 'rate' not found"));
        assertThat(problems).filteredOn(p -> "additionalProperties".equals(p.getType()))
                .extracting(p -> KeyLines.of(yaml).lineOf(p.getInstanceLocation().toString(), p.getProperty()))
                .containsExactly(line);
    }

    /** Every map the loader reads, found by planting an unknown key in it: the same keys as the schema. */
    @ParameterizedTest
    @MethodSource("keyedScenarios")
    void schemaAndLoader_agreeOnTheKeysOfEveryMap(Path file) throws IOException {
        JsonNode schemaRoot = JSON.readTree(SCHEMA.toFile());
        JsonNode scenario = YAML.readTree(file.toFile());
        List<String> disagreements = new ArrayList<>();
        int checked = plantEverywhere(scenario, scenario, "$", schemaRoot, schemaRoot, disagreements);

        assertThat(checked).as("maps checked in " + file).isGreaterThan(10);
        assertThat(disagreements).isEmpty();
    }

    /**
     * The fault kinds the loader knows are the schema's, for faults: and stochastic: alike: a kind
     * added to FaultKind without the schema (its type and its keys) fails here.
     */
    @Test
    void schemaFaultTypes_areTheLoadersKinds() throws IOException {
        String yaml = """
                name: x
                duration: 1h
                regions:
                  - { name: westeurope, geography: europe, location: { lat: 52.37, lon: 4.90 } }
                vaults:
                  - { name: v, region: westeurope }
                clients:
                  - { name: c, vault: v, rate: 1/s, mix: { GetSecret: 1 } }
                faults:
                  - { type: zz, region: westeurope, at: 1m, duration: 1m }
                """;
        List<String> loaderKinds = List.of();
        try {
            ScenarioLoader.loadString("kinds.yaml", yaml, List.of());
        } catch (ScenarioException e) {
            Matcher m = Pattern.compile("expected type: one of (.*)$").matcher(e.messages().get(0));
            assertThat(m.find()).as(e.messages().get(0)).isTrue();
            loaderKinds = Arrays.asList(m.group(1).split(", "));
        }
        JsonNode schema = JSON.readTree(SCHEMA.toFile());
        for (String list : List.of("faults", "stochastic")) {
            assertThat(texts(schema.at("/properties/" + list + "/items/properties/type/enum")))
                    .as(list).containsExactlyElementsOf(loaderKinds);
        }
    }

    /** The reference's commented stochastic: block, uncommented, loads and meets the schema: the comment stays true. */
    @Test
    void referenceCommentedStochasticBlock_loadsAndMeetsTheSchema() throws IOException {
        String reference = Files.readString(Path.of("scenarios/reference.yaml"));
        int start = reference.indexOf("# stochastic:");
        int end = reference.indexOf("\nreport:");
        StringBuilder block = new StringBuilder();
        reference.substring(start, end).lines().forEach(line -> block.append(line.substring(2)).append('\n'));
        String yaml = reference.substring(0, start) + block + reference.substring(end);

        assertThat(ScenarioLoader.loadString("reference-stochastic.yaml", yaml, List.of()).scenario().stochastic())
                .hasSize(5);
        assertThat(schema().validate(yaml, InputFormat.YAML)).isEmpty();
    }

    static Stream<Path> keyedScenarios() {
        return Stream.of(Path.of("scenarios/reference.yaml"), Path.of("scenarios/year-of-random-faults.yaml"));
    }

    @Test
    void schemaEnums_areTheCatalogs() throws IOException {
        JsonNode definitions = JSON.readTree(SCHEMA.toFile()).path("definitions");
        assertThat(texts(definitions.path("operation").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Operation.values()).map(Enum::name).toList());
        JsonNode retryOn = JSON.readTree(SCHEMA.toFile()).at("/properties/clients/items/properties/retryOn/items/enum");
        assertThat(texts(retryOn)).containsExactlyElementsOf(Arrays.stream(FailureCause.values()).map(Enum::name).toList());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private int plantEverywhere(JsonNode root, JsonNode node, String path, JsonNode schemaRoot, JsonNode schemaNode,
                                List<String> disagreements) throws IOException {
        int checked = 0;
        if (node.isObject()) {
            ObjectNode map = (ObjectNode) node;
            Set<String> schemaKeys = SchemaKeys.at(schemaRoot, schemaNode, map);
            if (schemaKeys != null) {
                map.put(PLANTED, 1);
                Set<String> loaderKeys = loaderKeys(root, path);
                map.remove(PLANTED);
                if (loaderKeys != null) {
                    checked++;
                    if (!loaderKeys.equals(schemaKeys)) {
                        disagreements.add(path + ": loader expects " + loaderKeys + ", schema has " + schemaKeys);
                    }
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode child = SchemaKeys.property(schemaRoot, schemaNode, map, field.getKey());
                checked += plantEverywhere(root, field.getValue(), path + "." + field.getKey(), schemaRoot,
                        child, disagreements);
            }
        } else if (node.isArray()) {
            JsonNode items = SchemaKeys.items(schemaRoot, schemaNode);
            for (int i = 0; i < node.size(); i++) {
                checked += plantEverywhere(root, node.get(i), path + "[" + i + "]", schemaRoot, items, disagreements);
            }
        }
        return checked;
    }

    /** The keys the loader lists for the planted key, or null when it did not complain about it. */
    private static Set<String> loaderKeys(JsonNode root, String path) throws IOException {
        try {
            ScenarioLoader.loadString("planted.yaml", YAML.writeValueAsString(root), List.of());
        } catch (ScenarioException e) {
            for (String message : e.messages()) {
                Matcher m = EXPECTED.matcher(message);
                if (m.find()) {
                    return new TreeSet<>(Arrays.asList(m.group(1).split(", ")));
                }
            }
            // Maps that are values rather than records (a distribution's family, a mix) reject the
            // key in their own words; the schema describes those by a pattern, not by keys.
            return null;
        }
        throw new AssertionError(path + ": the loader accepted an unknown key");
    }
}
