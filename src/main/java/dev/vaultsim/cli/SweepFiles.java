package dev.vaultsim.cli;

import dev.vaultsim.record.SweepResult;
import dev.vaultsim.report.JsonReportWriter;
import dev.vaultsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/** Each sweep point's own {@code report.json}, under {@code points/NN/} by the point's index. */
final class SweepFiles {

    private SweepFiles() {
    }

    /** Numbered rather than named by values: values may hold '/', braces or be long. */
    static String reportPath(int point, int points) {
        int width = Integer.toString(points - 1).length();
        return "points/" + String.format("%0" + width + "d", point) + "/report.json";
    }

    static List<RunFiles.OutputFile> pointReports(SweepResult sweep, List<Scenario> scenarios) {
        List<RunFiles.OutputFile> files = new ArrayList<>();
        for (SweepResult.Point point : sweep.points()) {
            files.add(new RunFiles.OutputFile(point.reportPath(), new JsonReportWriter().toJson(point.result())));
        }
        return files;
    }
}
