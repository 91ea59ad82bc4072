package dev.vaultsim.spark;

import dev.vaultsim.cli.Main;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code local[2]}: a Spark run writes, byte for byte, what the local command writes. Runs from
 * target/vaultsim-spark.jar (failsafe, after package), on Spark's own Jackson.
 */
class SparkSweepIT {

    private static JavaSparkContext spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        // Loopback only, no UI: nothing at test time needs the network.
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("vaultsim-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private record Outcome(int status, String out, String err) {
    }

    private interface Runner {
        int run(PrintStream out, PrintStream err, String[] args);
    }

    private static Outcome capture(Runner runner, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = runner.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Outcome local(String... args) {
        return capture(Main::run, args);
    }

    private static Outcome onSpark(String... args) {
        return onSpark(() -> spark, args);
    }

    private static Outcome onSpark(Supplier<JavaSparkContext> context, String... args) {
        return capture((out, err, a) -> SparkSweep.run(context, out, err, a), args);
    }

    private String scenario() throws IOException {
        Path file = dir.resolve("random.yaml");
        if (!Files.exists(file)) {
            try (InputStream in = SparkSweepIT.class.getResourceAsStream("/random.yaml")) {
                Files.write(file, in.readAllBytes());
            }
        }
        return file.toString();
    }

    private static String[] with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    /** Every file under root, by relative path, as bytes (hex, so a failure shows where). */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    /** The local command and the Spark job on the same arguments: same stdout, same status, same files. */
    private void assertSameBytes(List<String> args) throws IOException {
        Outcome local = local(with(args, "--out", dir.resolve("local").toString()));
        Outcome spark = onSpark(with(args, "--out", dir.resolve("spark").toString()));

        assertThat(local.status()).as(local.err()).isZero();
        assertThat(spark.status()).as(spark.err()).isZero();
        assertThat(spark.out()).isEqualTo(local.out());
        Map<String, String> expected = files(dir.resolve("local"));
        assertThat(expected).isNotEmpty();
        assertThat(files(dir.resolve("spark"))).isEqualTo(expected);
    }

    @Test
    void sweep_onSpark_isTheLocalSweepByteForByte() throws IOException {
        assertSameBytes(List.of("sweep", scenario(), "--vary", "service.failover.detection=1m,30m,2h",
                "--replications", "4", "--engine", "exact"));
        assertThat(dir.resolve("spark/points/2/report.json")).exists();
    }

    @Test
    void sensitivity_onSpark_isTheLocalOneByteForByte() throws IOException {
        assertSameBytes(List.of("sensitivity", scenario(), "--vary", "service.failover.detection=1m..2h",
                "--vary", "clients[0].timeout=5s..20s", "--metric", "read", "--replications", "3"));
    }

    @Test
    void runWithReplications_onSpark_isTheLocalRunByteForByte() throws IOException {
        assertSameBytes(List.of("run", scenario(), "--replications", "5", "--format", "json"));
    }

    @Test
    void theComparisonIsByteExact_anotherSeedIsCaught() throws IOException {
        // The same comparison as above, on two jobs that differ only in the seed: it must see it.
        List<String> args = List.of("sweep", scenario(), "--vary", "service.failover.detection=1m,2h",
                "--replications", "2");
        local(with(args, "--out", dir.resolve("local").toString()));
        onSpark(with(args, "--seed", "8", "--out", dir.resolve("spark").toString()));

        Map<String, String> local = files(dir.resolve("local"));
        Map<String, String> spark = files(dir.resolve("spark"));
        assertThat(spark.keySet()).isEqualTo(local.keySet());
        assertThat(spark.get("sweep.json")).isNotEqualTo(local.get("sweep.json"));
    }

    @Test
    void badInput_exit2WithTheCliMessage_withoutStartingSpark() throws IOException {
        Supplier<JavaSparkContext> never = () -> {
            throw new AssertionError("Spark was asked for on bad input");
        };
        String[] args = {"sweep", scenario(), "--vary", "service.failover.nosuch=1m,2m", "--out",
            dir.resolve("never").toString()};

        Outcome spark = onSpark(never, args);
        Outcome missing = onSpark(never, "sweep", dir.resolve("nosuch.yaml").toString(), "--vary",
                "service.failover.detection=1m");

        assertThat(spark.status()).isEqualTo(2);
        assertThat(spark.err()).isEqualTo(local(args).err()).contains("service.failover.nosuch");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nosuch.yaml");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void runsFromTheShadedJar_withOurJacksonRelocated_besideSparks() throws Exception {
        // What makes the tests above mean something on a cluster: our classes come from the job
        // jar, ours use a relocated Jackson 2.17, and the Jackson Spark sees is its own 2.15.
        String jar = SparkSweep.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        Object ours = Class.forName("dev.vaultsim.shaded.jackson.databind.cfg.PackageVersion").getField("VERSION").get(null);
        Object sparks = Class.forName("com.fasterxml.jackson.databind.cfg.PackageVersion").getField("VERSION").get(null);

        assertThat(jar).endsWith("vaultsim-spark.jar");
        assertThat(ours).hasToString("2.17.2");
        assertThat(sparks.toString()).startsWith("2.15.");
        assertThat(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath()).isEqualTo(jar);
    }

    @Test
    void tasks_aFewPerCore_neverMoreThanUnits() {
        assertThat(SparkUnits.tasks(0, 2, 320)).isEqualTo(8);
        assertThat(SparkUnits.tasks(0, 2, 3)).isEqualTo(3);
        assertThat(SparkUnits.tasks(50, 2, 320)).isEqualTo(50);
        assertThat(SparkUnits.tasks(0, 0, 0)).isEqualTo(1);
    }

    @Test
    void units_areDealtToTasksAsShardsAre() {
        List<dev.vaultsim.simulation.WorkUnit> units = new ArrayList<>();
        for (int u = 0; u < 6; u++) {
            units.add(new dev.vaultsim.simulation.WorkUnit(u / 3, u % 3));
        }
        // parallelize(…, 2) slices 0..2 and 3..5: task 0 gets units 0, 2, 4 and task 1 units 1, 3, 5.
        assertThat(SparkUnits.dealt(units, 2)).containsExactly(units.get(0), units.get(2), units.get(4),
                units.get(1), units.get(3), units.get(5));
    }
}
