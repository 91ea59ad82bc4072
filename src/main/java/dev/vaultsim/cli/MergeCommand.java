package dev.vaultsim.cli;

import dev.vaultsim.simulation.Shard;
import dev.vaultsim.simulation.UnitResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vaultsim merge}: the shard files of one job, checked to be all of it and nothing else,
 * pooled and finished by the command that made them, so the output is the unsharded run's.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Combine the part files of a --shard run into exactly what the unsharded run writes.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PART", description = "Every part-i-of-N.json of one job.")
    List<Path> parts = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where the job's files go.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<PartFile> files = new ArrayList<>();
        for (Path part : parts) {
            files.add(PartFile.read(part));
        }
        checkOneWholeJob(files);
        PartFile.Job job = files.get(0).job();
        Shardable command = Jobs.command(job.command());
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(job.arguments().toArray(String[]::new));
        Shardable.Plan plan = command.plan(ScenarioFiles.Texts.stored(job.scenarios()), err);
        command.checkOut(plan, out);
        List<UnitResult> all = new ArrayList<>();
        files.forEach(file -> all.addAll(file.results()));
        List<UnitResult> results = Jobs.inUnitOrder(plan, all, "merge: the parts");
        return command.finish(plan, Jobs.pool(plan, results), out, spec.commandLine().getOut(), err);
    }

    /** Same job, same shard count, each shard once, each holding all its units. */
    private void checkOneWholeJob(List<PartFile> files) {
        List<String> problems = new ArrayList<>();
        PartFile first = files.get(0);
        int count = first.shard().count();
        PartFile[] byIndex = new PartFile[count];
        for (int i = 0; i < files.size(); i++) {
            PartFile file = files.get(i);
            String where = "merge " + parts.get(i);
            if (!file.job().digest().equals(first.job().digest())) {
                problems.add(where + ": belongs to another job (" + file.job().describe() + ") than "
                        + parts.get(0) + " (" + first.job().describe() + "); expected the parts of one job");
            } else if (file.shard().count() != count) {
                problems.add(where + ": is shard " + file.shard().index() + "/" + file.shard().count()
                        + " but " + parts.get(0) + " is of " + count + " shards; expected one N");
            } else if (byIndex[file.shard().index()] != null) {
                problems.add(where + ": shard " + file.shard().index() + "/" + count + " is given twice");
            } else if (file.results().size() != file.units()) {
                problems.add(where + ": holds " + file.results().size() + " of its " + file.units() + " units");
            } else {
                byIndex[file.shard().index()] = file;
            }
        }
        if (problems.isEmpty()) {
            for (int i = 0; i < count; i++) {
                if (byIndex[i] == null) {
                    problems.add("merge: shard " + i + "/" + count + " is missing (" + PartFile.fileName(new Shard(i, count))
                            + "); expected all " + count + " parts");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}
