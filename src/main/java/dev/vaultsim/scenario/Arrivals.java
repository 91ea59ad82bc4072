package dev.vaultsim.scenario;

/** How a client spaces its requests. */
public enum Arrivals {
    POISSON("poisson"),
    CONSTANT("constant");

    private final String label;

    Arrivals(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
