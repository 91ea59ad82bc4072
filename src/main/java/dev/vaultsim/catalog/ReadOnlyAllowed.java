package dev.vaultsim.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The operations a vault still serves in read-only mode (FAILED_OVER, FAILING_BACK).
 *
 * @param label      how the scenario chose it: {@code 2018}, {@code 2020}, {@code 2023} or {@code custom}
 * @param operations the allowed operations
 */
public record ReadOnlyAllowed(String label, Set<Operation> operations) {

    public ReadOnlyAllowed {
        // An EnumSet keeps catalog order, so anything that prints the list is deterministic.
        EnumSet<Operation> copy = EnumSet.noneOf(Operation.class);
        copy.addAll(operations);
        operations = Collections.unmodifiableSet(copy);
    }

    /** The seed document's list (the default). */
    public static final ReadOnlyAllowed V2018 = new ReadOnlyAllowed("2018", EnumSet.of(
            Operation.ListVaults, Operation.GetVault, Operation.ListSecrets, Operation.GetSecret,
            Operation.ListKeys, Operation.GetKey, Operation.Encrypt, Operation.Decrypt,
            Operation.WrapKey, Operation.UnwrapKey, Operation.Verify, Operation.Sign,
            Operation.BackupKey, Operation.BackupSecret));

    /** 2018 plus ListCertificates and GetCertificate. */
    public static final ReadOnlyAllowed V2020 = new ReadOnlyAllowed("2020", with(V2018.operations(),
            EnumSet.of(Operation.ListCertificates, Operation.GetCertificate)));

    /** 2020 without ListVaults and GetVault. */
    public static final ReadOnlyAllowed V2023 = new ReadOnlyAllowed("2023", without(V2020.operations(),
            EnumSet.of(Operation.ListVaults, Operation.GetVault)));

    public boolean allows(Operation operation) {
        return operations.contains(operation);
    }

    /** The named revision ({@code 2018}, {@code 2020}, {@code 2023}), or null if there is none. */
    public static ReadOnlyAllowed named(String label) {
        return switch (label) {
            case "2018" -> V2018;
            case "2020" -> V2020;
            case "2023" -> V2023;
            default -> null;
        };
    }

    private static Set<Operation> with(Set<Operation> base, Set<Operation> extra) {
        EnumSet<Operation> all = EnumSet.copyOf(base);
        all.addAll(extra);
        return all;
    }

    private static Set<Operation> without(Set<Operation> base, Set<Operation> removed) {
        EnumSet<Operation> all = EnumSet.copyOf(base);
        all.removeAll(removed);
        return all;
    }
}
