package dev.vaultsim.cli;

import dev.vaultsim.simulation.Shard;
import dev.vaultsim.simulation.UnitResult;
import dev.vaultsim.simulation.UnitResultCodec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One shard's output: the job it belongs to (the command, its arguments without where and how
 * fast it runs, and the scenario files' texts, so that {@code merge} rebuilds the very same job),
 * a digest of that job, which shard of how many, and the results of its units in number order.
 * Format {@value #FORMAT} version {@value #VERSION}: a reader refuses any other.
 */
record PartFile(Job job, Shard shard, int units, List<UnitResult> results) {

    static final String FORMAT = "vaultsim-shard";
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the shards ran: enough to plan it again, and its identity. */
    record Job(String command, List<String> arguments, Map<String, String> scenarios, String vaultsimVersion) {

        /** SHA-256 of everything that decides the figures, so parts of different jobs never merge. */
        String digest() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String part : identity()) {
                    sha.update(part.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private List<String> identity() {
            List<String> parts = new ArrayList<>(List.of(command, vaultsimVersion));
            parts.addAll(arguments);
            scenarios.forEach((file, text) -> {
                parts.add(file);
                parts.add(text);
            });
            return parts;
        }

        /** How a message names the job: the command line a user would recognise. */
        String describe() {
            return command + " " + String.join(" ", arguments);
        }
    }

    static String fileName(Shard shard) {
        return "part-" + shard.index() + "-of-" + shard.count() + ".json";
    }

    String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode jobNode = root.putObject("job");
        jobNode.put("command", job.command());
        ArrayNode arguments = jobNode.putArray("arguments");
        job.arguments().forEach(arguments::add);
        ObjectNode scenarios = jobNode.putObject("scenarios");
        job.scenarios().forEach(scenarios::put);
        jobNode.put("vaultsimVersion", job.vaultsimVersion());
        root.put("digest", job.digest());
        root.put("shard", shard.index());
        root.put("shards", shard.count());
        root.put("units", units);
        ArrayNode results = root.putArray("results");
        for (UnitResult result : this.results) {
            results.add(UnitResultCodec.toJson(result));
        }
        return root + "\n";
    }

    /** @throws InputException naming the file when it is not a shard file this version can merge */
    static PartFile read(Path file) {
        String where = "merge " + file;
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InputException(where + ": not JSON (" + e.getOriginalMessage() + "); expected a file written by --shard");
        } catch (IOException e) {
            throw new InputException(where + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new InputException(where + ": not a shard file; expected a part-i-of-N.json written by --shard");
        }
        if (root.path("version").asInt() != VERSION) {
            throw new InputException(where + ": shard file version " + root.path("version").asText()
                    + "; this vaultsim merges version " + VERSION + " (run the shards and merge with one version)");
        }
        try {
            JsonNode jobNode = root.required("job");
            List<String> arguments = new ArrayList<>();
            jobNode.required("arguments").forEach(a -> arguments.add(a.asText()));
            Map<String, String> scenarios = new LinkedHashMap<>();
            jobNode.required("scenarios").fields().forEachRemaining(e -> scenarios.put(e.getKey(), e.getValue().asText()));
            Job job = new Job(jobNode.required("command").asText(), arguments, scenarios,
                    jobNode.required("vaultsimVersion").asText());
            if (!job.digest().equals(root.required("digest").asText())) {
                throw new InputException(where + ": the job does not match its digest (the file was edited?)");
            }
            List<UnitResult> results = new ArrayList<>();
            for (JsonNode node : root.required("results")) {
                results.add(UnitResultCodec.fromJson(node));
            }
            return new PartFile(job, new Shard(root.required("shard").asInt(), root.required("shards").asInt()),
                    root.required("units").asInt(), results);
        } catch (IllegalArgumentException e) {
            throw new InputException(where + ": damaged shard file: " + e.getMessage());
        }
    }
}
