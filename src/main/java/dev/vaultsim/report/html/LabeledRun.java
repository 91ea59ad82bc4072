package dev.vaultsim.report.html;

import dev.vaultsim.record.RunResult;

/** A run in a comparison, with the short label its lines and rows carry (often the file name). */
public record LabeledRun(String label, RunResult result) {
}
