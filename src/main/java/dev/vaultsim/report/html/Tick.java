package dev.vaultsim.report.html;

/** One labelled tick on an axis: a data value and the text printed beside it. */
record Tick(double value, String label) {
}
