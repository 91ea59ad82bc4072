package dev.vaultsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code vaultsim schema}: the JSON Schema of the scenario format, the same bytes as the committed
 * {@code vaultsim.schema.json} (the build copies that file into the jar). {@code SchemaTest} keeps
 * it in step with the loader: a key the loader accepts and the schema lacks fails the build.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the JSON Schema of the scenario format (draft-07): every key, its type,"
                + " unit pattern, default and description.",
                "Editors use it through a first line such as"
                + " # yaml-language-server: $schema=../vaultsim.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    static final String RESOURCE = "vaultsim.schema.json";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(text());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    static String text() {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
