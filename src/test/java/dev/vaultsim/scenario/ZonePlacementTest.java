package dev.vaultsim.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which zone each unit is in: unit i (from 0) of a layer or the replicas is in zone (i mod zones) + 1. */
class ZonePlacementTest {

    private static final String SCENARIO = """
            name: zones
            duration: 1h
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope, zones: %d }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            service:
              layers: [ { name: gateway, instances: 3, latency: 1ms }, { name: hsm, instances: %d, latency: 1ms } ]
              replicas: { count: 3, writeQuorum: 2 }
            vaults: [ { name: kv, region: westeurope } ]
            clients:
              - { name: c, vault: kv, rate: 1/s, mix: { GetSecret: 1 } }
            """;

    private static Scenario scenario(int zones, int hsm) {
        return ScenarioLoader.loadString("zones.yaml", SCENARIO.formatted(zones, hsm), List.of()).scenario();
    }

    private static List<String> lines(ZonePlacement placement) {
        return placement.zones().stream().map(ZonePlacement.Zone::line).toList();
    }

    @Test
    void threeZones_threeInstancesAndThreeReplicas_oneOfEachPerZone() {
        ZonePlacement placement = ZonePlacement.of(scenario(3, 3).region("westeurope"));

        assertThat(placement.region()).isEqualTo("westeurope");
        assertThat(lines(placement)).containsExactly(
                "zone 1: gateway/0, hsm/0, replica 0",
                "zone 2: gateway/1, hsm/1, replica 1",
                "zone 3: gateway/2, hsm/2, replica 2");
    }

    @Test
    void twoZones_zone1HoldsUnits0And2() {
        ZonePlacement placement = ZonePlacement.of(scenario(2, 3).region("westeurope"));

        assertThat(placement.zones()).hasSize(2);
        ZonePlacement.Zone zone1 = placement.zones().get(0);
        assertThat(zone1.replicas()).containsExactly(0, 2);
        assertThat(zone1.layers()).extracting(ZonePlacement.LayerInstances::instances)
                .containsExactly(List.of(0, 2), List.of(0, 2));
        assertThat(lines(placement)).containsExactly(
                "zone 1: gateway/0, gateway/2, hsm/0, hsm/2, replica 0, replica 2",
                "zone 2: gateway/1, hsm/1, replica 1");
    }

    @Test
    void fewerUnitsThanZones_leaveTheLastZonesWithoutOne() {
        ZonePlacement placement = ZonePlacement.of(scenario(3, 2).region("westeurope"));

        assertThat(placement.zones().get(2).layers().get(1).instances()).isEmpty();
        assertThat(lines(placement)).last().isEqualTo("zone 3: gateway/2, replica 2");
    }

    @Test
    void placement_agreesWithRegionSpecZoneOf() {
        RegionSpec region = scenario(3, 2).region("westeurope");
        for (ZonePlacement.Zone zone : ZonePlacement.of(region).zones()) {
            zone.replicas().forEach(r -> assertThat(region.zoneOf(r)).isEqualTo(zone.number()));
            zone.layers().forEach(l -> l.instances().forEach(i -> assertThat(region.zoneOf(i)).isEqualTo(zone.number())));
        }
    }

    @Test
    void onlyRegionsWithZones_areListed() {
        Scenario scenario = scenario(3, 3);
        assertThat(ZonePlacement.ofZonedRegions(scenario)).extracting(ZonePlacement::region).containsExactly("westeurope");
        assertThat(ZonePlacement.of(scenario.region("northeurope")).zones()).singleElement()
                .extracting(ZonePlacement.Zone::line).isEqualTo("zone 1: gateway/0, gateway/1, gateway/2, hsm/0, hsm/1,"
                        + " hsm/2, replica 0, replica 1, replica 2");
    }

    @Test
    void validateOutput_listsEachZone_asComments_andLoadsBackEqual() {
        LoadedScenario loaded = ScenarioLoader.loadString("zones.yaml", SCENARIO.formatted(2, 3), List.of());
        String printed = ScenarioWriter.toYaml(loaded.scenario(), loaded.revisionSupplied());

        assertThat(printed).contains("""
                    zones: 2
                    # zone 1: gateway/0, gateway/2, hsm/0, hsm/2, replica 0, replica 2
                    # zone 2: gateway/1, hsm/1, replica 1
                """);
        assertThat(ScenarioLoader.loadString("zones.yaml", printed, List.of()).scenario()).as(printed)
                .isEqualTo(loaded.scenario());
        assertThat(ScenarioWriter.toYaml(loaded.scenario())).doesNotContain("# zone");
    }

    @Test
    void validateOutput_keepsTheRevisionMark_besideZones() {
        LoadedScenario loaded = ScenarioLoader.loadString("s.yaml", "revision: 2025\n" + ScenarioFixtures.MINIMAL, List.of());
        String printed = ScenarioWriter.toYaml(loaded.scenario(), loaded.revisionSupplied());

        assertThat(printed).contains("zones: 3  # revision 2025\n    # zone 1: ");
        assertThat(ScenarioLoader.loadString("s.yaml", printed, List.of()).scenario()).isEqualTo(loaded.scenario());
    }
}
