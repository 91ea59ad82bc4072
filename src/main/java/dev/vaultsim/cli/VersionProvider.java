package dev.vaultsim.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code --version}: the project version Maven writes into {@code version.properties} (the same from
 * the jar and from test classes, so that report.html is the same bytes), else the jar manifest's
 * Implementation-Version, else {@code dev}.
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"vaultsim " + version()};
    }

    static String version() {
        String filtered = fromResource();
        if (filtered != null) {
            return filtered;
        }
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }

    private static String fromResource() {
        try (InputStream in = Main.class.getResourceAsStream("/dev/vaultsim/version.properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            // Unfiltered (e.g. an IDE copying resources as they are): fall back to the manifest.
            return version == null || version.isBlank() || version.startsWith("$") ? null : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
