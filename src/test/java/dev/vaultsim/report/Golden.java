package dev.vaultsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.fail;

/**
 * Golden-file assertions: the expected text lives in {@code src/test/resources/golden/<name>}, is
 * reviewed in git, and is rewritten instead of compared when the build runs with
 * {@code -Dgolden.update=true}. A mismatch names the first differing line.
 */
public final class Golden {

    private static final Path ROOT = Paths.get(System.getProperty("basedir", "."), "src", "test", "resources",
            "golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.parseBoolean(System.getProperty("golden.update"))) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file + " does not exist; run with -Dgolden.update=true to create it");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail("output differs from golden file " + file + " (rewrite with -Dgolden.update=true)\n"
                        + firstDifference(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firstDifference(String expected, String actual) {
        String[] expectedLines = expected.split("\n", -1);
        String[] actualLines = actual.split("\n", -1);
        int lines = Math.min(expectedLines.length, actualLines.length);
        for (int i = 0; i < lines; i++) {
            if (!expectedLines[i].equals(actualLines[i])) {
                return "first difference at line " + (i + 1) + ":\n  expected: " + expectedLines[i]
                        + "\n  actual:   " + actualLines[i];
            }
        }
        return "same first " + lines + " lines; expected " + expectedLines.length + " lines, got "
                + actualLines.length;
    }
}
