package dev.vaultsim.catalog;

import java.util.Optional;

/**
 * The built-in operation catalog of vault-behaviour.md. It lives with the scenario vocabulary
 * because scenario files name operations (mixes, layer filters, read-only lists) and are checked
 * against it when loaded; the model only reads it.
 */
public enum Operation {
    ListVaults(OperationClass.READ, LimitGroup.SECRET_OPERATIONS),
    GetVault(OperationClass.READ, LimitGroup.SECRET_OPERATIONS),
    ListSecrets(OperationClass.READ, LimitGroup.SECRET_OPERATIONS),
    GetSecret(OperationClass.READ, LimitGroup.SECRET_OPERATIONS),
    ListKeys(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    GetKey(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    Encrypt(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    Decrypt(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    WrapKey(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    UnwrapKey(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    Verify(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    Sign(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    BackupKey(OperationClass.READ, LimitGroup.KEY_OPERATIONS),
    BackupSecret(OperationClass.READ, LimitGroup.SECRET_OPERATIONS),
    ListCertificates(OperationClass.READ, LimitGroup.SECRET_OPERATIONS),
    GetCertificate(OperationClass.READ, LimitGroup.SECRET_OPERATIONS),

    CreateVault(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    UpdateVault(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    DeleteVault(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    SetSecret(OperationClass.WRITE, LimitGroup.SECRET_CREATES),
    UpdateSecret(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    DeleteSecret(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    RecoverSecret(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    PurgeSecret(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    RestoreSecret(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    CreateKey(OperationClass.WRITE, LimitGroup.KEY_CREATES),
    ImportKey(OperationClass.WRITE, LimitGroup.KEY_CREATES),
    UpdateKey(OperationClass.WRITE, LimitGroup.KEY_OPERATIONS),
    RotateKey(OperationClass.WRITE, LimitGroup.KEY_OPERATIONS),
    DeleteKey(OperationClass.WRITE, LimitGroup.KEY_OPERATIONS),
    RecoverKey(OperationClass.WRITE, LimitGroup.KEY_OPERATIONS),
    PurgeKey(OperationClass.WRITE, LimitGroup.KEY_OPERATIONS),
    RestoreKey(OperationClass.WRITE, LimitGroup.KEY_OPERATIONS),
    CreateCertificate(OperationClass.WRITE, LimitGroup.SECRET_CREATES),
    ImportCertificate(OperationClass.WRITE, LimitGroup.SECRET_CREATES),
    UpdateCertificate(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS),
    DeleteCertificate(OperationClass.WRITE, LimitGroup.SECRET_OPERATIONS);

    private final OperationClass operationClass;
    private final LimitGroup limitGroup;

    Operation(OperationClass operationClass, LimitGroup limitGroup) {
        this.operationClass = operationClass;
        this.limitGroup = limitGroup;
    }

    public OperationClass operationClass() {
        return operationClass;
    }

    public LimitGroup limitGroup() {
        return limitGroup;
    }

    public boolean isWrite() {
        return operationClass == OperationClass.WRITE;
    }

    /** The operation with exactly this name (names are case-sensitive, as in the catalog). */
    public static Optional<Operation> byName(String name) {
        for (Operation operation : values()) {
            if (operation.name().equals(name)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
