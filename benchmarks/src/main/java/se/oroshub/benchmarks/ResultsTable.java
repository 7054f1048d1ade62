package se.oroshub.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as the table printed at the end of a run, each figure beside the target. */
final class ResultsTable {

    private ResultsTable() {}

    static String render(Map<String, Object> results) {
        StringBuilder out = new StringBuilder();
        Map<?, ?> machine = (Map<?, ?>) results.get("machine");
        Map<?, ?> versions = (Map<?, ?>) results.get("versions");
        out.append(String.format(
                Locale.ROOT,
                "Oroshub benchmark (%s run) %s, commit %s, Kafka %s%n",
                results.get("mode"),
                results.get("date"),
                versions.get("git_commit"),
                versions.get("kafka")));
        out.append(String.format(
                Locale.ROOT,
                "Machine: %s CPUs (%s), %s MB, %s; load average %s at start, %s at end%n%n",
                machine.get("nproc"),
                machine.get("cpu_model"),
                machine.get("memory_mb"),
                machine.get("java_version"),
                machine.get("load_average_at_start"),
                machine.get("load_average_at_end")));
        String row = "%-52s %18s   %s%n";
        out.append(String.format(Locale.ROOT, row, "figure", "value", "target"));
        out.append("-".repeat(90)).append('\n');
        out.append(String.format(
                Locale.ROOT,
                row,
                "1 raw produce, acks=all, idempotent, 6 partitions",
                perSecond(results.get("raw_produce_per_s")),
                ""));
        out.append(String.format(
                Locale.ROOT,
                row,
                "2 hub pipeline, exactly-once, audit + receipts",
                perSecond(results.get("hub_pipeline_per_s")),
                ""));
        out.append(
                String.format(Locale.ROOT, row, "  ratio hub / raw", plain(results.get("ratio_hub_to_raw")), ">= 0.5"));
        if (results.containsKey("hub_log_entries_per_report")) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    "  log entries the hub writes per report",
                    plain(results.get("hub_log_entries_per_report")),
                    ""));
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    "  ratio hub log entries / raw records",
                    plain(results.get("ratio_hub_log_entries_to_raw")),
                    ""));
        }
        for (String rate : List.of("100", "1000")) {
            if (results.containsKey("e2e_p50_ms_" + rate)) {
                out.append(String.format(
                        Locale.ROOT,
                        row,
                        "3 end to end at " + rate + "/s: p50 / p99 / p99.9 / max",
                        ms(results.get("e2e_p50_ms_" + rate)) + " / " + ms(results.get("e2e_p99_ms_" + rate)) + " / "
                                + ms(results.get("e2e_p999_ms_" + rate)) + " / "
                                + ms(results.get("e2e_max_ms_" + rate)) + " ms",
                        rate.equals("1000") ? "p99 <= 250 ms" : ""));
            }
        }
        out.append(String.format(
                Locale.ROOT,
                row,
                "4 HTTP intake, school connector, loopback",
                perSecond(results.get("http_intake_per_s")),
                ">= 5,000/s"));
        out.append(String.format(Locale.ROOT, row, "  HTTP p99", ms(results.get("http_p99_ms")) + " ms", ""));
        out.append(String.format(
                Locale.ROOT,
                row,
                "5 replay: rebuild every state store of " + count(results.get("replay_reports")) + " reports",
                plain(results.get("replay_seconds")) + " s",
                "<= 60 s for 1M"));
        out.append(String.format(
                Locale.ROOT,
                row,
                "6 heap after the pipeline (after GC)",
                plain(results.get("heap_mb")) + " MB",
                "<= 512 MB for 1M"));
        Map<?, ?> stages = (Map<?, ?>) results.get("stages");
        if (stages.get("scaling") instanceof List<?> rows && !rows.isEmpty()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%n7 scaling   %-22s %14s %14s %8s%n",
                    "partitions = threads",
                    "hub reports/s",
                    "raw records/s",
                    "ratio"));
            for (Object r : rows) {
                Map<?, ?> m = (Map<?, ?>) r;
                out.append(String.format(
                        Locale.ROOT,
                        "            %-22s %14s %14s %8s%n",
                        m.get("partitions"),
                        count(m.get("hub_per_s")),
                        count(m.get("raw_per_s")),
                        plain(m.get("ratio_hub_to_raw"))));
            }
        }
        Map<?, ?> skipped = (Map<?, ?>) results.get("skipped");
        skipped.forEach((stage, reason) -> out.append(String.format(Locale.ROOT, "%nskipped %s: %s", stage, reason)));
        if (!skipped.isEmpty()) {
            out.append('\n');
        }
        return out.toString();
    }

    private static String perSecond(Object value) {
        return value == null ? "-" : count(value) + "/s";
    }

    private static String count(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()) : "-";
    }

    private static String ms(Object value) {
        return value instanceof Number n && !Double.isNaN(n.doubleValue())
                ? String.format(Locale.ROOT, "%.1f", n.doubleValue())
                : "-";
    }

    private static String plain(Object value) {
        return value == null ? "-" : value.toString();
    }
}
