package dev.vaultsim.catalog;

/** The catalog's class of an operation: how reports group it and what read-only mode does to it. */
public enum OperationClass {
    READ("read"),
    WRITE("write");

    private final String label;

    OperationClass(String label) {
        this.label = label;
    }

    /** The lower-case name used in reports ({@code byClass.read}). */
    public String label() {
        return label;
    }
}
