package se.oroshub.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import se.oroshub.benchmarks.SyntheticIntake.Serialized;

/**
 * End-to-end latency at a fixed offered rate: from the moment the intake acknowledged a report to a connector (an
 * idempotent {@code acks=all} producer with the connectors' settings, {@code linger.ms=0}) to the moment it is visible
 * to a {@code read_committed} reader of the municipality topic. Open loop: reports are sent on a fixed schedule, so a
 * slow hub cannot slow the offered rate down.
 */
final class EndToEndLatency {

    /**
     * One rate's outcome.
     *
     * @param offeredPerSecond  the rate asked for
     * @param achievedPerSecond the rate the sender kept
     * @param latencies         acknowledged to visible
     * @param missing           reports acknowledged but not visible by the end
     * @param worstBySecond     the worst latency of the reports sent in each measured second, in ms: shows whether a
     *                          high percentile comes from steady slowness or from a few stalls
     */
    record Outcome(
            int offeredPerSecond,
            double achievedPerSecond,
            Latencies latencies,
            int missing,
            List<Long> worstBySecond) {

        Map<String, Object> toMap() {
            Map<String, Object> map = new HashMap<>(latencies.toMap());
            map.put("offered_per_s", offeredPerSecond);
            map.put("achieved_per_s", Math.round(achievedPerSecond));
            map.put("missing", missing);
            map.put("worst_ms_by_second", worstBySecond);
            return map;
        }
    }

    private EndToEndLatency() {}

    /**
     * Sends {@code reports} at {@code rate} per second and measures each from acknowledgement to visibility; the first
     * {@code warmUp} reports (the first seconds) warm the path up and are not counted.
     */
    static Outcome run(
            String bootstrapServers,
            List<String> municipalityTopics,
            List<Serialized> reports,
            int rate,
            int warmUp,
            Progress progress)
            throws InterruptedException {
        int total = reports.size();
        Map<String, Integer> index = new HashMap<>(total * 2);
        for (int i = 0; i < total; i++) {
            index.put(reports.get(i).key(), i);
        }
        AtomicLongArray acknowledged = new AtomicLongArray(total);
        AtomicLongArray visible = new AtomicLongArray(total);
        ConcurrentHashMap<String, Boolean> seen = new ConcurrentHashMap<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long sendEnd;
        long start;
        try (VisibleCounter counter = VisibleCounter.start(bootstrapServers, municipalityTopics, (key, nanos) -> {
                    Integer i = index.get(key);
                    if (i != null && seen.putIfAbsent(key, Boolean.TRUE) == null) {
                        visible.set(i, nanos);
                    }
                });
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        connectorProducerConfig(bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(BenchTopics.INTAKE.name());
            start = System.nanoTime() + Duration.ofMillis(50).toNanos();
            double interval = 1e9 / rate;
            for (int i = 0; i < total; i++) {
                long due = start + (long) (i * interval);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                Serialized report = reports.get(i);
                int at = i;
                producer.send(
                        new ProducerRecord<>(BenchTopics.INTAKE.name(), report.key(), report.value()),
                        (metadata, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            } else {
                                acknowledged.set(at, System.nanoTime());
                            }
                        });
                progress.tick("offered " + rate + "/s, sent", i, total, start);
            }
            sendEnd = System.nanoTime();
            producer.flush();
            if (failure.get() != null) {
                throw new IllegalStateException("the intake producer failed", failure.get());
            }
            progress.await("visible", seen::size, total, start, Duration.ofSeconds(60));
        }
        long[] latencies = new long[total];
        long[] worst = new long[(total - warmUp + rate - 1) / rate];
        int measured = 0;
        for (int i = warmUp; i < total; i++) {
            long seenAt = visible.get(i);
            long ackAt = acknowledged.get(i);
            if (seenAt != 0 && ackAt != 0) {
                long latency = Math.max(0, seenAt - ackAt);
                latencies[measured++] = latency;
                int second = (i - warmUp) / rate;
                worst[second] = Math.max(worst[second], latency);
            }
        }
        List<Long> worstBySecond = new ArrayList<>(worst.length);
        for (long nanos : worst) {
            worstBySecond.add(nanos / 1_000_000);
        }
        return new Outcome(
                rate,
                total / ((sendEnd - start) / 1e9),
                Latencies.ofNanos(latencies, measured),
                total - warmUp - measured,
                worstBySecond);
    }

    /** The intake producer's settings of the connectors ({@code ConnectorSupportAutoConfiguration}). */
    static Map<String, Object> connectorProducerConfig(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-connector-intake");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return config;
    }
}
