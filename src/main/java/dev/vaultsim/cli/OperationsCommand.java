package dev.vaultsim.cli;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.ReadOnlyAllowed;
import dev.vaultsim.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vaultsim operations}: the operation catalog in catalog order, with its class and whether
 * each read-only revision still serves it.
 */
@Command(name = "operations", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the operation catalog: class, and whether allowed in read-only mode "
                + "(FAILED_OVER, FAILING_BACK) by revision of the allowed list.")
final class OperationsCommand implements Callable<Integer> {

    private static final List<ReadOnlyAllowed> REVISIONS =
            List.of(ReadOnlyAllowed.V2018, ReadOnlyAllowed.V2020, ReadOnlyAllowed.V2023);

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(table().toText());
        out.flush();
        return ExitCodes.OK;
    }

    static Table table() {
        String[] header = new String[2 + REVISIONS.size()];
        header[0] = "operation";
        header[1] = "class";
        for (int i = 0; i < REVISIONS.size(); i++) {
            header[2 + i] = "read-only " + REVISIONS.get(i).label();
        }
        Table table = Table.leftAligned(header);
        for (Operation operation : Operation.values()) {
            String[] row = new String[header.length];
            row[0] = operation.name();
            row[1] = operation.operationClass().label();
            for (int i = 0; i < REVISIONS.size(); i++) {
                row[2 + i] = REVISIONS.get(i).allows(operation) ? "yes" : "no";
            }
            table.row(row);
        }
        return table;
    }
}
