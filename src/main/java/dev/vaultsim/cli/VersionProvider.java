package dev.vaultsim.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar manifest's Implementation-Version, or {@code dev} when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"vaultsim " + version()};
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
