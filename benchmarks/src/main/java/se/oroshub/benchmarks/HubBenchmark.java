package se.oroshub.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import se.oroshub.benchmarks.BenchSettings.Stage;
import se.oroshub.benchmarks.SyntheticIntake.Serialized;
import se.oroshub.hub.config.HubProperties;

/**
 * The hub against the raw broker, side by side on one broker in one run: raw produce rate, the hub's exactly-once
 * pipeline rate and their ratio, end-to-end latency at fixed offered rates, the school connector's HTTP intake,
 * replay of the state stores, heap, and scaling over partitions and stream threads. Prints a table and writes the
 * figures as JSON. Run it with {@code deploy/bench.sh}, which starts the broker, registry and school connector.
 */
public final class HubBenchmark {

    /** How long the latency stage primes a hub it started itself before it measures. */
    private static final Duration PRIMING = Duration.ofSeconds(15);

    private static final int POOL = 10_000;

    private final BenchSettings settings;
    private final Progress progress;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, Object> stages = new LinkedHashMap<>();
    private final Map<String, Object> skipped = new LinkedHashMap<>();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private List<Serialized> pool = List.of();
    private RawProduce.Setting bestRawSetting = RawProduce.Setting.CANDIDATES.get(0);
    private InProcessHub hub;
    private HubProperties hubProperties;

    HubBenchmark(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.progress = new Progress(out);
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES") == null) {
            System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "se.oroshub.schemas.avro");
        }
        BenchSettings settings = BenchSettings.parse(args);
        Map<String, Object> results = new HubBenchmark(settings, System.out).run();
        System.out.println();
        System.out.print(ResultsTable.render(results));
        System.out.println();
        System.out.println("Results: " + settings.output().toAbsolutePath());
        System.exit(0);
    }

    /** Runs the chosen stages and writes the results; returns them too. */
    public Map<String, Object> run() throws Exception {
        Map<String, Object> machine = Machine.describe();
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try (BenchTopics topics = new BenchTopics(settings.bootstrapServers());
                SyntheticIntake intake = new SyntheticIntake(settings.registryUrl(), 1)) {
            List<String> municipalityTopics = topics.provisionHubTopics();
            int poolSize = Math.min(POOL, settings.rawRecords());
            progress.stage(String.format(Locale.ROOT, "Preparing %,d serialized synthetic reports", poolSize));
            pool = intake.batch(poolSize);
            progress.line(
                    "%,d reports, %,.0f bytes each on average",
                    pool.size(),
                    pool.stream().mapToInt(r -> r.value().length).average().orElse(0));
            if (settings.runs(Stage.RAW)) {
                raw(topics);
            }
            if (settings.runs(Stage.PIPELINE)) {
                pipeline(topics, intake, municipalityTopics);
            }
            if (settings.runs(Stage.HEAP)) {
                heap();
            }
            if (settings.runs(Stage.REPLAY)) {
                replay();
            }
            if (settings.runs(Stage.LATENCY)) {
                latency(intake, municipalityTopics);
            }
            stopHub();
            if (settings.runs(Stage.HTTP)) {
                http();
            }
            if (settings.runs(Stage.SCALING)) {
                scaling(topics, intake, municipalityTopics);
            }
        } finally {
            stopHub();
        }
        machine.put("load_average_at_end", Machine.loadAverage());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", date);
        results.put("mode", settings.mode());
        results.putAll(figures);
        results.put("hub_overrides", settings.hubOverrides());
        results.put("machine", machine);
        results.put("versions", Machine.versions(settings.projectVersion(), settings.commit()));
        results.put("stages", stages);
        results.put("skipped", skipped);
        write(results);
        return results;
    }

    private void raw(BenchTopics topics) throws InterruptedException {
        progress.stage("1. Raw produce: acks=all, idempotent, 6 partitions, pre-serialized reports");
        topics.create("bench.raw.warm-up", 6);
        RawProduce.run(
                settings.bootstrapServers(),
                bestRawSetting,
                "bench.raw.warm-up",
                pool,
                Math.max(5_000, settings.rawRecords() / 5),
                progress);
        List<Map<String, Object>> tried = new ArrayList<>();
        double best = 0;
        int n = 0;
        for (RawProduce.Setting setting : RawProduce.Setting.CANDIDATES) {
            String topic = "bench.raw.setting-" + (++n);
            topics.create(topic, 6);
            double rate =
                    RawProduce.run(settings.bootstrapServers(), setting, topic, pool, settings.rawRecords(), progress);
            progress.line("%-45s %,10.0f records/s", setting.name(), rate);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("setting", setting.name());
            row.put("batch_size", setting.batchBytes());
            row.put("linger_ms", setting.lingerMs());
            row.put("compression", setting.compression());
            row.put("records_per_s", Math.round(rate));
            tried.add(row);
            if (rate > best) {
                best = rate;
                bestRawSetting = setting;
            }
        }
        figures.put("raw_produce_per_s", Math.round(best));
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("records_per_setting", settings.rawRecords());
        stage.put("partitions", 6);
        stage.put("best_setting", bestRawSetting.name());
        stage.put("settings", tried);
        stages.put("raw", stage);
    }

    private void pipeline(BenchTopics topics, SyntheticIntake intake, List<String> municipalityTopics)
            throws Exception {
        int reports = settings.reports();
        progress.stage(String.format(
                Locale.ROOT,
                "2. Hub pipeline, exactly-once: %,d reports pre-loaded on %s, then the hub starts",
                reports,
                BenchTopics.INTAKE.name()));
        preload(intake, reports);
        hubProperties = InProcessHub.hubProperties(
                "bench-hub-" + runId, settings.stateDir(), 1, BenchTopics.INTAKE.partitions());
        Map<String, Long> entriesBefore = topics.logEntriesByTopic(BenchTopics.INTAKE.name());
        Recording recording = settings.profile().isPresent() ? startRecording() : null;
        Run run = measureHub(hubProperties, reports, municipalityTopics);
        hub = run.hub;
        Map<String, Object> profile = recording == null
                ? null
                : stopRecording(recording, settings.profile().get());
        Map<String, Object> writtenByTopic = new LinkedHashMap<>();
        long writtenTotal = 0;
        for (Map.Entry<String, Long> topic :
                topics.logEntriesByTopic(BenchTopics.INTAKE.name()).entrySet()) {
            long delta = topic.getValue() - entriesBefore.getOrDefault(topic.getKey(), 0L);
            if (delta > 0) {
                writtenByTopic.put(
                        topic.getKey().replace(hubProperties.applicationId() + "-", "<hub>-"),
                        Math.round(delta * 100.0 / reports) / 100.0);
                writtenTotal += delta;
            }
        }
        double written = writtenTotal;
        double writtenPerSecond = written / ((run.end - run.start) / 1e9);
        progress.line(
                "the hub wrote %.1f log entries per report (records and transaction markers, its changelog and"
                        + " repartition topics included): %,.0f entries/s",
                written / reports, writtenPerSecond);
        figures.put("hub_pipeline_per_s", Math.round(run.perSecond()));
        figures.put("ratio_hub_to_raw", ratio(figures.get("hub_pipeline_per_s"), figures.get("raw_produce_per_s")));
        figures.put("hub_log_entries_per_report", round1(written / reports));
        figures.put(
                "ratio_hub_log_entries_to_raw", ratio(Math.round(writtenPerSecond), figures.get("raw_produce_per_s")));
        Map<String, Object> stage = run.toMap();
        stage.put("intake_partitions", BenchTopics.INTAKE.partitions());
        stage.put("stream_threads", hubProperties.streamThreads());
        stage.put("log_entries_per_report_by_topic", writtenByTopic);
        Properties effective = InProcessHub.streamsProperties(hubProperties, "", "");
        effective.putAll(settings.hubOverrides());
        stage.put("commit_interval_ms", effective.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        stage.put(
                "producer_batching",
                "batch.size "
                        + effective.get(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG)) + ", linger.ms "
                        + effective.get(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG)));
        stage.put("hub_overrides", settings.hubOverrides());
        if (profile != null) {
            stage.put("profile", profile);
        }
        stages.put("pipeline", stage);
    }

    private static Recording startRecording() throws IOException, ParseException {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private Map<String, Object> stopRecording(Recording recording, Path file) throws IOException {
        recording.stop();
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        recording.dump(file);
        recording.close();
        Map<String, Object> summary = ProfileSummary.summarise(file, 20);
        summary.put("recording", file.toAbsolutePath().toString());
        progress.line("JFR profile of the hub stage: %s", file.toAbsolutePath());
        ProfileSummary.render(summary).lines().forEach(line -> progress.line("%s", line));
        return summary;
    }

    private void heap() {
        if (hub == null) {
            skipped.put("heap", "needs the pipeline stage");
            return;
        }
        progress.stage("6. Heap of the hub after processing " + String.format(Locale.ROOT, "%,d", settings.reports())
                + " reports (after a full GC)");
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long heapMb = heap.getUsed() / (1024 * 1024);
        figures.put("heap_mb", heapMb);
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("after_reports", settings.reports());
        stage.put("heap_used_mb", heapMb);
        stage.put("heap_committed_mb", heap.getCommitted() / (1024 * 1024));
        stage.put("process_rss_mb", Machine.residentMib().orElse(null));
        stage.put("note", "state stores are RocksDB (off-heap); the RSS includes them and the driver's own clients");
        stages.put("heap", stage);
        progress.line(
                "heap used %,d MB (committed %,d MB), process RSS %s MB",
                heapMb,
                heap.getCommitted() / (1024 * 1024),
                Machine.residentMib().map(String::valueOf).orElse("?"));
    }

    private void replay() throws InterruptedException {
        if (hub == null) {
            skipped.put("replay", "needs the pipeline stage");
            return;
        }
        progress.stage("5. Replay: the hub stops, its local state is deleted, it starts again and restores");
        hub.closeAndWipeState();
        hub = null;
        long start = System.nanoTime();
        hub = InProcessHub.start(
                hubProperties, settings.bootstrapServers(), settings.registryUrl(), settings.hubOverrides());
        long deadline = start + Duration.ofMinutes(10).toNanos();
        while (!hub.caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the hub did not restore within 10 minutes");
            }
            progress.periodic("%s, %,d changelog records restored so far", hub.state(), hub.restoredRecords());
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.put("replay_seconds", round1(seconds));
        figures.put("replay_reports", settings.reports());
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("reports", settings.reports());
        stage.put("changelog_records_restored", hub.restoredRecords());
        stage.put("seconds", round1(seconds));
        stage.put("measured", "start of a fresh instance with no local state to RUNNING with every store's lag zero");
        stages.put("replay", stage);
        progress.line("restored %,d changelog records in %.1f s", hub.restoredRecords(), seconds);
    }

    private void latency(SyntheticIntake intake, List<String> municipalityTopics) throws Exception {
        if (hub == null) {
            hubProperties = InProcessHub.hubProperties(
                    "bench-hub-" + runId, settings.stateDir(), 1, BenchTopics.INTAKE.partitions());
            hub = InProcessHub.start(
                    hubProperties, settings.bootstrapServers(), settings.registryUrl(), settings.hubOverrides());
            while (!hub.caughtUp()) {
                Thread.sleep(50);
            }
            // A hub that has routed nothing yet creates each municipality's topic and registers its schemas on the
            // first report there, and its code is not compiled yet: the first seconds measure that, not the hub.
            int rate = settings.latencyRates().get(0);
            progress.stage(String.format(
                    Locale.ROOT,
                    "3. End to end: priming the freshly started hub, %d s at %,d/s" + " (not measured)",
                    PRIMING.toSeconds(),
                    rate));
            int priming = (int) (rate * PRIMING.toSeconds());
            EndToEndLatency.run(
                    settings.bootstrapServers(), municipalityTopics, intake.batch(priming), rate, priming, progress);
        }
        List<Map<String, Object>> rates = new ArrayList<>();
        int warmUpSeconds = (int) Math.min(
                settings.mode().equals("quick") ? 2 : 5,
                settings.latencyDuration().toSeconds());
        for (int rate : settings.latencyRates()) {
            progress.stage(String.format(
                    Locale.ROOT,
                    "3. End to end: connector-acknowledged to visible (read_committed), %,d/s for %d s after %d s"
                            + " of warm-up",
                    rate,
                    settings.latencyDuration().toSeconds(),
                    warmUpSeconds));
            int warmUp = rate * warmUpSeconds;
            List<Serialized> reports = intake.batch(
                    warmUp + (int) (rate * settings.latencyDuration().toSeconds()));
            EndToEndLatency.Outcome outcome = EndToEndLatency.run(
                    settings.bootstrapServers(), municipalityTopics, reports, rate, warmUp, progress);
            Latencies l = outcome.latencies();
            progress.line(
                    "p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms (%,d measured, %d missing)",
                    l.p50Ms(), l.p99Ms(), l.p999Ms(), l.maxMs(), l.count(), outcome.missing());
            progress.line("worst latency in each measured second (ms): %s", outcome.worstBySecond());
            figures.put("e2e_p50_ms_" + rate, l.p50Ms());
            figures.put("e2e_p99_ms_" + rate, l.p99Ms());
            figures.put("e2e_p999_ms_" + rate, l.p999Ms());
            figures.put("e2e_max_ms_" + rate, l.maxMs());
            rates.add(outcome.toMap());
        }
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("seconds_per_rate", settings.latencyDuration().toSeconds());
        stage.put("warm_up_seconds_per_rate", warmUpSeconds);
        stage.put("producer", "connector intake settings: acks=all, idempotent, linger.ms 0");
        stage.put("rates", rates);
        stages.put("latency", stage);
    }

    private void http() throws InterruptedException, IOException {
        if (settings.schoolUrl().isEmpty()) {
            skipped.put("http", "no school connector (--school URL) was given");
            progress.stage("4. HTTP intake: skipped, no school connector was started");
            return;
        }
        String url = settings.schoolUrl().get();
        progress.stage(String.format(
                Locale.ROOT,
                "4. HTTP intake: %d clients POST %s/api/v1/reports for %d s",
                settings.httpClients(),
                url,
                settings.httpDuration().toSeconds()));
        boolean quick = settings.mode().equals("quick");
        Duration warmUp = Duration.ofSeconds(quick ? 3 : 10);
        Duration maxWarmUp = Duration.ofSeconds(quick ? 3 : 120);
        HttpIntake.Outcome outcome;
        String generator = WrkIntake.available() ? "wrk" : "java";
        try {
            outcome = generator.equals("wrk")
                    ? WrkIntake.run(
                            url,
                            settings.schoolCredentials(),
                            settings.httpClients(),
                            warmUp,
                            maxWarmUp,
                            settings.httpDuration(),
                            progress)
                    : HttpIntake.run(
                            url,
                            settings.schoolCredentials(),
                            settings.httpClients(),
                            warmUp,
                            settings.httpDuration(),
                            progress);
        } catch (IllegalStateException e) {
            skipped.put("http", e.getMessage());
            progress.line("skipped: %s", e.getMessage());
            return;
        }
        figures.put("http_intake_per_s", Math.round(outcome.acceptedPerSecond()));
        figures.put("http_p99_ms", outcome.latencies().p99Ms());
        Map<String, Object> stage = new LinkedHashMap<>(outcome.latencies().toMap());
        stage.put("accepted_per_s", Math.round(outcome.acceptedPerSecond()));
        stage.put("clients", outcome.clients());
        stage.put(
                "load_generator",
                generator.equals("wrk")
                        ? "wrk (Debian), 1 thread"
                        : "Java HttpClient, one thread per client (install wrk for a lighter generator)");
        stage.put(
                "warm_up_seconds",
                outcome.warmUpPerSecond().isEmpty()
                        ? warmUp.toSeconds()
                        : warmUp.toSeconds() * outcome.warmUpPerSecond().size());
        stage.put("warm_up_rounds_accepted_per_s", outcome.warmUpPerSecond());
        stage.put("measured_seconds", settings.httpDuration().toSeconds());
        stage.put("failures", outcome.failures());
        stages.put("http", stage);
        progress.line(
                "%,.0f accepted/s, p50 %.1f ms, p99 %.1f ms; other answers: %s",
                outcome.acceptedPerSecond(),
                outcome.latencies().p50Ms(),
                outcome.latencies().p99Ms(),
                outcome.failures());
    }

    private void scaling(BenchTopics topics, SyntheticIntake intake, List<String> municipalityTopics) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int partitions : settings.scalingPartitions()) {
            progress.stage(String.format(
                    Locale.ROOT,
                    "7. Scaling: %d intake partition(s), %d stream thread(s), %,d reports",
                    partitions,
                    partitions,
                    settings.scalingReports()));
            String rawTopic = "bench.raw.partitions-" + partitions;
            topics.create(rawTopic, partitions);
            double raw = RawProduce.run(
                    settings.bootstrapServers(), bestRawSetting, rawTopic, pool, settings.scalingReports(), progress);
            topics.recreateIntake(partitions);
            preload(intake, settings.scalingReports());
            HubProperties properties = InProcessHub.hubProperties(
                    "bench-scale-" + partitions + "-" + runId, settings.stateDir(), partitions, partitions);
            Run run = measureHub(properties, settings.scalingReports(), municipalityTopics);
            run.hub.closeAndWipeState();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("partitions", partitions);
            row.put("stream_threads", partitions);
            row.put("reports", settings.scalingReports());
            row.put("hub_per_s", Math.round(run.perSecond()));
            row.put("hub_steady_per_s", Math.round(run.steadyPerSecond()));
            row.put("raw_per_s", Math.round(raw));
            row.put("ratio_hub_to_raw", ratio(run.perSecond(), raw));
            rows.add(row);
            figures.put("scaling_hub_per_s_p" + partitions, Math.round(run.perSecond()));
            progress.line("hub %,.0f reports/s, raw %,.0f records/s", run.perSecond(), raw);
        }
        topics.recreateIntake(BenchTopics.INTAKE.partitions());
        stages.put("scaling", rows);
    }

    private void preload(SyntheticIntake intake, int count) {
        RawProduce.Setting setting = RawProduce.Setting.CANDIDATES.get(0);
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                setting.producerConfig(settings.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                Serialized report = intake.next();
                producer.send(new ProducerRecord<>(BenchTopics.INTAKE.name(), report.key(), report.value()));
                if ((i & 1023) == 0) {
                    progress.tick("pre-loading (generation not measured)", i, count, start);
                }
            }
            producer.flush();
        }
        progress.line("pre-loaded %,d reports in %.1f s", count, (System.nanoTime() - start) / 1e9);
    }

    private Run measureHub(HubProperties properties, int reports, List<String> municipalityTopics) throws Exception {
        try (VisibleCounter counter = VisibleCounter.start(settings.bootstrapServers(), municipalityTopics)) {
            long start = System.nanoTime();
            InProcessHub started = InProcessHub.start(
                    properties, settings.bootstrapServers(), settings.registryUrl(), settings.hubOverrides());
            long runningAt = 0;
            long deadline =
                    start + Duration.ofSeconds(Math.max(180, reports / 200)).toNanos();
            while (counter.count() < reports) {
                if (runningAt == 0 && started.state() == KafkaStreams.State.RUNNING) {
                    runningAt = System.nanoTime();
                }
                if (System.nanoTime() > deadline) {
                    started.close();
                    throw new IllegalStateException(String.format(
                            Locale.ROOT,
                            "only %,d of %,d reports became visible on the municipality topics in time",
                            counter.count(),
                            reports));
                }
                progress.tick("visible on the municipality topics", counter.count(), reports, start);
                Thread.sleep(20);
            }
            long end = counter.lastVisibleNanos();
            Thread.sleep(500);
            Run run = new Run(started, reports, counter.count(), start, runningAt == 0 ? start : runningAt, end);
            progress.line(
                    "%,d reports visible in %.1f s: %,.0f reports/s (%,.0f/s once RUNNING)",
                    reports, (end - start) / 1e9, run.perSecond(), run.steadyPerSecond());
            return run;
        }
    }

    private record Run(InProcessHub hub, int reports, long visible, long start, long runningAt, long end) {

        double perSecond() {
            return reports / ((end - start) / 1e9);
        }

        double steadyPerSecond() {
            return reports / (Math.max(1, end - runningAt) / 1e9);
        }

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("reports", reports);
            map.put("visible_records", visible);
            map.put("seconds", round1((end - start) / 1e9));
            map.put("seconds_to_running", round1((runningAt - start) / 1e9));
            map.put("reports_per_s", Math.round(perSecond()));
            map.put("reports_per_s_once_running", Math.round(steadyPerSecond()));
            return map;
        }
    }

    private void stopHub() {
        if (hub != null) {
            hub.close();
            hub = null;
        }
    }

    private void write(Map<String, Object> results) throws IOException {
        Path output = settings.output();
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        Files.writeString(output, Json.write(results));
    }

    private static Object ratio(Object numerator, Object denominator) {
        if (numerator instanceof Number n && denominator instanceof Number d && d.doubleValue() > 0) {
            return Math.round(n.doubleValue() / d.doubleValue() * 1000) / 1000.0;
        }
        return null;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
