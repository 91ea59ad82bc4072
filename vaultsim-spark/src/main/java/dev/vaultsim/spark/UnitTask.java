package dev.vaultsim.spark;

import dev.vaultsim.cli.DistributedJob;
import dev.vaultsim.simulation.UnitResult;
import dev.vaultsim.simulation.UnitResultCodec;
import dev.vaultsim.simulation.WorkUnit;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One Spark task: its slice of (point, replication) pairs, run in order on the executor through
 * {@link DistributedJob#runUnits} (which plans the job once for the whole slice), returned as
 * JSON. Carries only the job's {@link DistributedJob.Spec}: strings, which Spark serializes.
 */
final class UnitTask implements FlatMapFunction<Iterator<int[]>, String> {

    private static final long serialVersionUID = 1L;

    private final DistributedJob.Spec spec;

    UnitTask(DistributedJob.Spec spec) {
        this.spec = spec;
    }

    @Override
    public Iterator<String> call(Iterator<int[]> pairs) {
        List<WorkUnit> units = new ArrayList<>();
        pairs.forEachRemaining(pair -> units.add(new WorkUnit(pair[0], pair[1])));
        if (units.isEmpty()) {
            return List.<String>of().iterator();
        }
        List<String> json = new ArrayList<>();
        for (UnitResult result : DistributedJob.runUnits(spec, units)) {
            json.add(UnitResultCodec.toJsonText(result));
        }
        return json.iterator();
    }
}
