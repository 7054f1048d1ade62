package se.oroshub.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Percentiles of a set of latencies, exact (a sorted array; the stages record at most a few hundred thousand).
 *
 * @param count  how many were measured
 * @param p50Ms  the median, in milliseconds
 * @param p99Ms  the 99th percentile
 * @param p999Ms the 99.9th percentile
 * @param maxMs  the largest
 */
record Latencies(int count, double p50Ms, double p99Ms, double p999Ms, double maxMs) {

    static Latencies ofNanos(long[] nanos, int count) {
        if (count == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Latencies(
                count,
                ms(percentile(sorted, 50)),
                ms(percentile(sorted, 99)),
                ms(percentile(sorted, 99.9)),
                ms(sorted[count - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count);
        map.put("p50_ms", p50Ms);
        map.put("p99_ms", p99Ms);
        map.put("p99_9_ms", p999Ms);
        map.put("max_ms", maxMs);
        return map;
    }

    /** A growable array of nanosecond latencies, for one thread. */
    static final class Recorder {
        private long[] values = new long[1024];
        private int size;

        void record(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        static Latencies summarise(Iterable<Recorder> recorders) {
            int total = 0;
            for (Recorder r : recorders) {
                total += r.size;
            }
            long[] all = new long[total];
            int at = 0;
            for (Recorder r : recorders) {
                System.arraycopy(r.values, 0, all, at, r.size);
                at += r.size;
            }
            return ofNanos(all, total);
        }
    }
}
