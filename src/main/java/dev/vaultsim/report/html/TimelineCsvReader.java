package dev.vaultsim.report.html;

import dev.vaultsim.record.BucketStats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code timeline.csv} back into per-class bucket stats and the state, keyed by the bucket's
 * start in nanoseconds.
 */
final class TimelineCsvReader {

    static final BucketStats NONE = new BucketStats(0, 0, Double.NaN, Double.NaN);

    /** One bucket's rows: reads, writes and the vaults' state at its start. */
    record Row(BucketStats read, BucketStats write, String state) {
    }

    private TimelineCsvReader() {
    }

    static Map<Long, Row> read(String csv) {
        Map<Long, Row> buckets = new LinkedHashMap<>();
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", 9);
            long start = JsonFields.decimal(f[0]).movePointRight(9).longValueExact();
            BucketStats stats = new BucketStats(Long.parseLong(f[2]), Long.parseLong(f[3]), millis(f[6]), millis(f[7]));
            Row row = buckets.getOrDefault(start, new Row(NONE, NONE, unquote(f[8])));
            buckets.put(start, f[1].equals("read") ? new Row(stats, row.write(), row.state())
                    : new Row(row.read(), stats, row.state()));
        }
        return buckets;
    }

    private static double millis(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }

    /** The writer quotes (RFC 4180) only a state holding a comma or quote. */
    private static String unquote(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }
}
