package dev.vaultsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes output files so that a reader never sees half of one: the content goes to a temporary
 * file beside the target, which is then moved over it in one step. On any error the temporary
 * file is removed and the target is left as it was.
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // Same directory as the target, so the move stays on one file system and can be atomic.
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        readableByAll(temporary);
        try {
            Files.write(temporary, content);
            move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Temporary files are private (0600); a report is an ordinary file (0644) once in place. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot; a plain replace is the best they offer.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
