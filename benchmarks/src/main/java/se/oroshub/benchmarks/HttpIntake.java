package se.oroshub.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The school connector's JSON intake over loopback HTTP: several clients each file reports one after another
 * ({@code POST /api/v1/reports}, HTTP Basic), each answered 201 only after the broker durably acknowledged the report.
 * A warm-up runs first and is not counted.
 */
final class HttpIntake {

    /**
     * The outcome.
     *
     * @param acceptedPerSecond 201 answers per second in the measured window
     * @param latencies         request to answer, of the 201s in the window
     * @param failures          other answers and errors by status (or exception), in the whole run
     * @param clients           concurrent clients
     * @param warmUpPerSecond   accepted per second in each unmeasured warm-up round, when it ran in rounds
     */
    record Outcome(
            double acceptedPerSecond,
            Latencies latencies,
            Map<String, Long> failures,
            int clients,
            List<Long> warmUpPerSecond) {}

    private HttpIntake() {}

    /** Fails with {@link IllegalStateException} unless the connector's health endpoint answers 200. */
    static void requireHealthy(String baseUrl) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            int health = client.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (health != 200) {
                throw new IllegalStateException("the school connector's health is " + health);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the school connector does not answer: " + e, e);
        }
    }

    static Outcome run(
            String baseUrl, String credentials, int clients, Duration warmUp, Duration measured, Progress progress)
            throws InterruptedException {
        List<String> bodies = SyntheticIntake.schoolRequestBodies(2_000, 42);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI uri = URI.create(baseUrl + "/api/v1/reports");
        requireHealthy(baseUrl);
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        long begin = System.nanoTime();
        long windowStart = begin + warmUp.toNanos();
        long end = windowStart + measured.toNanos();
        LongAdder accepted = new LongAdder();
        AtomicLong next = new AtomicLong();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        List<Latencies.Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Latencies.Recorder recorder = new Latencies.Recorder();
            recorders.add(recorder);
            Thread thread = new Thread(
                    () -> {
                        while (System.nanoTime() < end) {
                            String body = bodies.get((int) (next.getAndIncrement() % bodies.size()));
                            HttpRequest request = HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", authorization)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build();
                            long sent = System.nanoTime();
                            String outcome;
                            try {
                                int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                                        .statusCode();
                                outcome = status == 201 ? null : Integer.toString(status);
                            } catch (java.io.IOException e) {
                                outcome = e.getClass().getSimpleName();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            long answered = System.nanoTime();
                            if (outcome != null) {
                                failures.computeIfAbsent(outcome, k -> new LongAdder())
                                        .increment();
                            } else if (sent >= windowStart && answered <= end) {
                                accepted.increment();
                                recorder.record(answered - sent);
                            }
                        }
                    },
                    "bench-http-client-" + c);
            threads.add(thread);
            thread.start();
        }
        while (System.nanoTime() < end) {
            Thread.sleep(200);
            long now = System.nanoTime();
            if (now < windowStart) {
                progress.periodic("warming up (%.0f s left)", (windowStart - now) / 1e9);
            } else {
                progress.periodic(
                        "%,d accepted (%,.0f/s)", accepted.sum(), accepted.sum() / ((now - windowStart) / 1e9));
            }
        }
        for (Thread thread : threads) {
            thread.join(35_000);
        }
        Map<String, Long> failed = new TreeMap<>();
        failures.forEach((k, v) -> failed.put(k, v.sum()));
        return new Outcome(
                accepted.sum() / (measured.toNanos() / 1e9),
                Latencies.Recorder.summarise(recorders),
                failed,
                clients,
                List.of());
    }
}
