package dev.vaultsim.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * The check that a committed file under {@code results/} is exactly what the code produces now,
 * byte for byte. With {@code -Dgolden.update=true} it rewrites the file instead, like the golden
 * files of the report tests.
 */
final class CommittedResults {

    private CommittedResults() {
    }

    static void assertCurrent(Path committed, String produced, String regenerate) throws IOException {
        if (Boolean.parseBoolean(System.getProperty("golden.update"))) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, produced, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(committed)) {
            fail(committed + " is missing; regenerate results/ with " + regenerate + " and commit it");
        }
        byte[] expected = Files.readAllBytes(committed);
        byte[] actual = produced.getBytes(StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(expected, actual)) {
            fail(committed + " no longer matches what the code produces; regenerate results/ with " + regenerate
                    + ", review the diff and commit it\n" + firstDifference(new String(expected, StandardCharsets.UTF_8),
                    produced));
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] expectedLines = expected.split("\n", -1);
        String[] actualLines = actual.split("\n", -1);
        int lines = Math.min(expectedLines.length, actualLines.length);
        for (int i = 0; i < lines; i++) {
            if (!expectedLines[i].equals(actualLines[i])) {
                return "first difference at line " + (i + 1) + ":\n  committed: " + clip(expectedLines[i])
                        + "\n  produced:  " + clip(actualLines[i]);
            }
        }
        return "same first " + lines + " lines; committed " + expectedLines.length + " lines, produced "
                + actualLines.length;
    }

    /** SVG lines can be long; the start of the line is enough to find it. */
    private static String clip(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
