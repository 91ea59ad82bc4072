package dev.vaultsim.report.html;

import dev.vaultsim.scenario.ZonePlacement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The "Availability zones" section: for each region with more than one zone, a small table of
 * which instances of each layer and which replicas each zone holds. Nothing when no region has zones.
 */
final class ZoneTables {

    private ZoneTables() {
    }

    static void write(Markup html, List<ZonePlacement> placements) {
        if (placements.isEmpty()) {
            return;
        }
        HtmlPage.openSection(html, "zones", "Availability zones");
        for (ZonePlacement placement : placements) {
            html.element("h3", placement.region()).newline();
            table(placement).write(html);
        }
        HtmlPage.note(html, "Which zone each unit is in: instance i of a layer (from 0), and replica i, is in"
                + " zone (i mod zones) + 1. A zone outage takes down everything in its row; a dash is a zone"
                + " without one of that layer.");
        HtmlPage.closeSection(html);
    }

    static HtmlTable table(ZonePlacement placement) {
        List<String> header = new ArrayList<>(List.of("zone"));
        List<ZonePlacement.Zone> zones = placement.zones();
        zones.get(0).layers().forEach(layer -> header.add(layer.name() + " instances"));
        header.add("replicas");
        int[] columns = new int[header.size() - 1];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = c + 1;
        }
        HtmlTable table = new HtmlTable(header.toArray(String[]::new)).textColumns(columns);
        for (ZonePlacement.Zone zone : zones) {
            List<String> row = new ArrayList<>(List.of("zone " + zone.number()));
            zone.layers().forEach(layer -> row.add(indexes(layer.instances())));
            row.add(indexes(zone.replicas()));
            table.row(row.toArray(String[]::new));
        }
        return table;
    }

    private static String indexes(List<Integer> indexes) {
        return indexes.isEmpty() ? "–" : indexes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
