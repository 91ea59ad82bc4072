package dev.vaultsim.scenario;

/** Great-circle distances on a spherical Earth (haversine, mean radius). */
public final class GreatCircle {

    /** The IUGG mean Earth radius. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double distanceKm(Location a, Location b) {
        double lat1 = StrictMath.toRadians(a.lat());
        double lat2 = StrictMath.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = StrictMath.toRadians(b.lon() - a.lon());
        double h = StrictMath.sin(dLat / 2) * StrictMath.sin(dLat / 2)
                + StrictMath.cos(lat1) * StrictMath.cos(lat2) * StrictMath.sin(dLon / 2) * StrictMath.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * StrictMath.asin(StrictMath.min(1, StrictMath.sqrt(h)));
    }
}
