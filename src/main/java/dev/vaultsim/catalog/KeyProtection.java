package dev.vaultsim.catalog;

/** Software-protected keys (Standard) or HSM-protected keys (Premium); chooses the azure limits. */
public enum KeyProtection {
    SOFTWARE("software"),
    HSM("hsm");

    private final String label;

    KeyProtection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
