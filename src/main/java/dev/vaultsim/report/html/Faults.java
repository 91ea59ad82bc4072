package dev.vaultsim.report.html;

import dev.vaultsim.report.Numbers;
import dev.vaultsim.scenario.FaultSpec;

/** A fault in a few words, for chart marks and tables: {@code region-outage westeurope}. */
final class Faults {

    private Faults() {
    }

    static String label(FaultSpec fault) {
        return (fault.type() + " " + target(fault)).strip();
    }

    static String target(FaultSpec fault) {
        if (fault instanceof FaultSpec.RegionOutage outage) {
            return outage.region();
        } else if (fault instanceof FaultSpec.InstanceFailure failure) {
            return failure.region() + "/" + failure.layer() + " ×" + failure.count();
        } else if (fault instanceof FaultSpec.ReplicaFailure failure) {
            return failure.region() + " replicas ×" + failure.count();
        } else if (fault instanceof FaultSpec.Partition partition) {
            return partition.regionA() + " ↔ " + partition.regionB();
        } else if (fault instanceof FaultSpec.LatencySpike spike) {
            String where = spike.layer() == null ? spike.region() : spike.region() + "/" + spike.layer();
            return where + " ×" + Numbers.decimal(spike.factor(), 3);
        }
        // Fault kinds added later (random faults) still get a mark, named by their type.
        return "";
    }
}
