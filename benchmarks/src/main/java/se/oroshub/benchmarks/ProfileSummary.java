package se.oroshub.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a JFR recording: the execution samples counted by the method on top of the stack (self time)
 * and by each package anywhere on the stack (inclusive time), as shares of all samples.
 */
final class ProfileSummary {

    private ProfileSummary() {
    }

    static Map<String, Object> summarise(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(method(frames.get(0)), 1, Integer::sum);
                Set<String> packages = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    packages.add(packageOf(frame));
                }
                packages.forEach(p -> inclusive.merge(p, 1, Integer::sum));
                String thread = event.getThread("sampledThread") == null ? "?"
                        : event.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("-\\d+$", "-N").replaceAll("\\d+", "N"), 1,
                        Integer::sum);
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("execution_samples", samples);
        summary.put("top_methods_self", shares(self, samples, top));
        summary.put("top_packages_inclusive", shares(inclusive, samples, top));
        summary.put("threads", shares(threads, samples, 10));
        return summary;
    }

    static String render(Map<String, Object> summary) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d execution samples%n", (Integer) summary.get("execution_samples")));
        for (String section : List.of("top_methods_self", "top_packages_inclusive", "threads")) {
            out.append(String.format(Locale.ROOT, "%n%s%n", section.replace('_', ' ')));
            for (Object row : (List<?>) summary.get(section)) {
                Map<?, ?> r = (Map<?, ?>) row;
                out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", ((Number) r.get("percent")).doubleValue(),
                        r.get("name")));
            }
        }
        return out.toString();
    }

    private static List<Map<String, Object>> shares(Map<String, Integer> counts, int samples, int top) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", e.getKey());
                    row.put("samples", e.getValue());
                    row.put("percent", Math.round(1000.0 * e.getValue() / Math.max(1, samples)) / 10.0);
                    rows.add(row);
                });
        return rows;
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
