package dev.vaultsim.engine;

/**
 * The order of events that fall on the same instant: infrastructure changes before control
 * decisions before traffic. So a request sent at the instant a failover completes sees it
 * completed, and an outage exactly as long as a detection timer ends before the timer fires.
 */
public enum Precedence {
    INFRASTRUCTURE,
    CONTROL,
    TRAFFIC
}
