package dev.vaultsim.scenario;

/** Great-circle distances on a spherical Earth (haversine), for pair checks and round trips. */
public final class GreatCircle {

    /** The mean Earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double distanceKm(Location a, Location b) {
        double lat1 = StrictMath.toRadians(a.lat());
        double lat2 = StrictMath.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = StrictMath.toRadians(b.lon() - a.lon());
        double sinLat = StrictMath.sin(dLat / 2);
        double sinLon = StrictMath.sin(dLon / 2);
        double h = sinLat * sinLat + StrictMath.cos(lat1) * StrictMath.cos(lat2) * sinLon * sinLon;
        // Clamp: rounding can push h a hair above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * StrictMath.asin(StrictMath.sqrt(StrictMath.min(1.0, h)));
    }
}
