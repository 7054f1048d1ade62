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
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a JFR recording, as shares of all execution samples: by the method on top of the stack (self
 * time), by the component that top frame belongs to, by the hub's own methods and Kafka Streams' phases anywhere on
 * the stack (inclusive time), and by thread.
 */
final class ProfileSummary {

    /** Components by class-name prefix, most specific first; a sample goes to the first one found from the top. */
    private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
            Map.entry("org.rocksdb.", "RocksDB (state stores)"),
            Map.entry("se.oroshub.hub.state.", "hub state serdes (JSON)"),
            Map.entry("tools.jackson.", "hub state serdes (JSON)"),
            Map.entry("com.fasterxml.jackson.", "hub state serdes (JSON)"),
            Map.entry("javax.crypto.", "hashing (SHA-256, HMAC)"),
            Map.entry("com.sun.crypto.", "hashing (SHA-256, HMAC)"),
            Map.entry("sun.security.", "hashing (SHA-256, HMAC)"),
            Map.entry("java.security.", "hashing (SHA-256, HMAC)"),
            Map.entry("org.apache.avro.", "Avro encoding and decoding"),
            Map.entry("se.oroshub.schemas.serde.", "Avro encoding and decoding"),
            Map.entry("se.oroshub.schemas.", "contracts (validation, digests)"),
            Map.entry("se.oroshub.hub.rules.", "hub rules"),
            Map.entry("se.oroshub.hub.", "hub topology"),
            Map.entry("se.oroshub.benchmarks.", "benchmark driver"),
            Map.entry("org.apache.kafka.streams.", "Kafka Streams runtime"),
            Map.entry("org.apache.kafka.clients.producer.", "Kafka producer"),
            Map.entry("org.apache.kafka.clients.consumer.", "Kafka consumer"),
            Map.entry("org.apache.kafka.", "Kafka clients (network, records)"),
            Map.entry("ch.qos.logback.", "logging"),
            Map.entry("org.slf4j.", "logging"));

    /** Kafka Streams phases worth seeing inclusively. */
    private static final List<String> PHASES = List.of(
            "org.apache.kafka.streams.processor.internals.StreamThread.pollPhase",
            "org.apache.kafka.streams.processor.internals.RecordDeserializer.deserialize",
            "org.apache.kafka.streams.processor.internals.RecordCollectorImpl.send",
            "org.apache.kafka.streams.processor.internals.TaskManager.commit",
            "org.apache.kafka.streams.processor.internals.StreamsProducer.commitTransaction",
            "org.apache.kafka.streams.state.internals.MeteredKeyValueStore.get",
            "org.apache.kafka.streams.state.internals.MeteredKeyValueStore.put",
            "org.apache.kafka.streams.processor.internals.ProcessorStateManager.flush");

    private ProfileSummary() {}

    static Map<String, Object> summarise(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> components = new HashMap<>();
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
                components.merge(component(frames), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = method(frame);
                    if ((method.startsWith("se.oroshub.hub.") || PHASES.contains(method)) && seen.add(method)) {
                        inclusive.merge(method, 1, Integer::sum);
                    }
                }
                threads.merge(threadGroup(event.getThread("sampledThread")), 1, Integer::sum);
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("execution_samples", samples);
        summary.put("self_by_component", shares(components, samples, top));
        summary.put("self_by_method", shares(self, samples, top));
        summary.put("inclusive_hub_methods_and_streams_phases", shares(inclusive, samples, top));
        summary.put("by_thread", shares(threads, samples, 10));
        return summary;
    }

    static String render(Map<String, Object> summary) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d execution samples%n", (Integer) summary.get("execution_samples")));
        for (Map.Entry<String, Object> section : summary.entrySet()) {
            if (!(section.getValue() instanceof List<?> rows)) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%n%s%n", section.getKey().replace('_', ' ')));
            for (Object row : rows) {
                Map<?, ?> r = (Map<?, ?>) row;
                out.append(String.format(
                        Locale.ROOT, "  %5.1f%%  %s%n", ((Number) r.get("percent")).doubleValue(), r.get("name")));
            }
        }
        return out.toString();
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> component : COMPONENTS) {
                if (type.startsWith(component.getKey())) {
                    return component.getValue();
                }
            }
        }
        return "JDK and other";
    }

    private static String threadGroup(RecordedThread thread) {
        String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
        return name.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "*").replaceAll("-\\d+", "-N");
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
}
