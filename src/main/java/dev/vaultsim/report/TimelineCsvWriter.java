package dev.vaultsim.report;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.BucketResult;
import dev.vaultsim.record.BucketStats;
import dev.vaultsim.record.RunResult;

/**
 * Writes {@code timeline.csv}: one row per bucket and class (read, then write), values formatted by
 * {@link Numbers}, an empty field where there is no value (no requests, nothing succeeded).
 */
public final class TimelineCsvWriter {

    public static final String HEADER =
            "startSeconds,class,requests,succeeded,failed,availability,p50Millis,p99Millis,state";

    /** The whole file, header first, every line ending in {@code \n}. */
    public String toCsv(RunResult result) {
        StringBuilder csv = new StringBuilder(64 * (2 * result.timeline().buckets().size() + 1));
        csv.append(HEADER).append('\n');
        for (BucketResult bucket : result.timeline().buckets()) {
            row(csv, bucket, OperationClass.READ, bucket.read());
            row(csv, bucket, OperationClass.WRITE, bucket.write());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, BucketResult bucket, OperationClass operationClass, BucketStats stats) {
        csv.append(Numbers.seconds(bucket.startNanos())).append(',')
                .append(operationClass.label()).append(',')
                .append(stats.requests()).append(',')
                .append(stats.succeeded()).append(',')
                .append(stats.failed()).append(',')
                .append(stats.requests() == 0 ? "" : Numbers.ratio(stats.succeeded(), stats.requests())).append(',')
                .append(millisOrEmpty(stats.p50Millis())).append(',')
                .append(millisOrEmpty(stats.p99Millis())).append(',')
                .append(field(bucket.state())).append('\n');
    }

    private static String millisOrEmpty(double millis) {
        return Double.isNaN(millis) ? "" : Numbers.millis(millis);
    }

    /** RFC 4180 quoting, only needed if a vault name ever holds a comma or quote. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
