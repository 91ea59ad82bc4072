package dev.vaultsim.catalog;

/**
 * Which of a vault's throttling limits an operation counts against. Each operation counts
 * against exactly one group; creates do not also count as "other operations".
 */
public enum LimitGroup {
    SECRET_CREATES,
    SECRET_OPERATIONS,
    KEY_CREATES,
    KEY_OPERATIONS
}
