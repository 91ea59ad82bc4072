package dev.vaultsim.report.html;

import java.util.List;

/** Maps data values to pixels along one axis of a chart, and says where its ticks go. */
interface Scale {

    /** The pixel coordinate of {@code value}; values outside the domain are clamped to its ends. */
    double pixel(double value);

    List<Tick> ticks();

    /** The axis title, with its unit: {@code latency (ms, log scale)}. */
    String title();
}
