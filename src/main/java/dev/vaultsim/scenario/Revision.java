package dev.vaultsim.scenario;

import dev.vaultsim.catalog.ReadOnlyAllowed;

/**
 * The revisions of the public page a scenario can model ({@code revision:}), and what each implies:
 * the one table of service-revisions.md. A revision sits between the built-in defaults and what the
 * scenario writes: explicit values and {@code --set} override it, with a warning. Values it does not
 * name are the defaults (2018, the seed document).
 *
 * <p>2025's figures read "can take several hours after the loss of the primary region, or longer"
 * and "best effort": detection with a median of 4 h and a 99th percentile of a day, and a one in ten
 * chance that the provider does not fail over at all (docs/modelling-choices.md).
 *
 * @param readOnly   the read-only list a vault gets unless it (or the top level) writes one
 * @param detection  the failover detection it implies, or null for the default
 * @param initiation the probability that the provider fails over at all, or null for the default (1)
 * @param zones      how many availability zones a region has unless it says ({@code zones:})
 */
public record Revision(String label, ReadOnlyAllowed readOnly, Distribution detection, Double initiation,
                       int zones, String failoverWords) {

    private static final long HOUR = 3_600_000_000_000L;

    public static final Revision R2018 = new Revision("2018", ReadOnlyAllowed.V2018, null, null, 1,
            "automatic failover in minutes");
    public static final Revision R2020 = new Revision("2020", ReadOnlyAllowed.V2020, null, null, 1,
            "automatic failover in minutes");
    public static final Revision R2023 = new Revision("2023", ReadOnlyAllowed.V2023, null, null, 3,
            "automatic failover in minutes");
    public static final Revision R2025 = new Revision("2025", ReadOnlyAllowed.V2023,
            Distribution.LogNormal.ofMedianP99(4 * HOUR, 24 * HOUR), 0.9, 3, "provider-initiated failover");

    /** The default: the seed document's service. */
    public static final Revision DEFAULT = R2018;

    private static final Revision[] ALL = {R2018, R2020, R2023, R2025};

    /** The revision written {@code label}, or null when there is none. */
    public static Revision named(String label) {
        for (Revision revision : ALL) {
            if (revision.label.equals(label)) {
                return revision;
            }
        }
        return null;
    }

    /** Every label, for messages: {@code 2018, 2020, 2023, 2025}. */
    public static String labels() {
        StringBuilder out = new StringBuilder();
        for (Revision revision : ALL) {
            out.append(out.isEmpty() ? "" : ", ").append(revision.label);
        }
        return out.toString();
    }

    /** The comment {@code validate} puts beside a value this revision supplied. */
    public String mark() {
        return "revision " + label;
    }

    /** The warning for an explicit value: "service.failover.detection 2m overrides revision 2025's …". */
    String overrides(String path, String value) {
        return path + " " + value + " overrides revision " + label + "'s " + what(path);
    }

    private String what(String key) {
        if (key.contains("readOnlyAllowed")) {
            return "read-only list (" + readOnly.label() + ")";
        }
        if (key.contains("zones")) {
            return "zones (" + zones + ")";
        }
        return failoverWords;
    }
}
