package se.oroshub.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/** The benchmark's topic chores on the bench broker: its own raw topics, the intake at a chosen partition count. */
final class BenchTopics implements AutoCloseable {

    /** The connector the synthetic reports come from, as the school connector the bench starts sends them. */
    static final String CONNECTOR = "school";

    /** Its intake topic, which the hub reads. */
    static final TopicSpec<String, ConcernReport> INTAKE = Topics.CONNECTOR_INTAKE.of(CONNECTOR);

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Admin admin;

    BenchTopics(String bootstrapServers) {
        admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * Creates the hub's fixed topics and the municipality topics the synthetic reports are routed to, as the hub
     * would create them, and returns the names of the municipality topics.
     */
    List<String> provisionHubTopics() throws InterruptedException {
        List<TopicSpec<?, ?>> specs = new ArrayList<>(Topics.FIXED);
        specs.add(INTAKE);
        SyntheticReports.SAMPLE_MUNICIPALITIES.forEach(code -> specs.add(Topics.MUNICIPALITY_STATUS_EVENTS.of(code)));
        SyntheticReports.SAMPLE_MUNICIPALITIES.forEach(code -> specs.add(Topics.MUNICIPALITY_REPORTS.of(code)));
        new TopicProvisioner(admin, (short) 1, Optional.of(1), TIMEOUT.toMillis()).ensureAll(specs);
        awaitLeaders(specs.stream().map(TopicSpec::name).toList());
        return SyntheticReports.SAMPLE_MUNICIPALITIES.stream()
                .map(code -> Topics.MUNICIPALITY_REPORTS.of(code).name())
                .toList();
    }

    /** Creates a topic of the benchmark's own (not one of the hub's) if it does not exist. */
    void create(String name, int partitions) throws InterruptedException {
        create(new NewTopic(name, partitions, (short) 1));
        awaitLeaders(List.of(name));
    }

    /**
     * Waits until the broker serves every partition of the topics as leader. A topic's metadata reaches clients a
     * moment before the broker's replica manager takes the leadership; an idempotent producer that writes in that
     * moment gets its first batch refused and can lose its sequence.
     */
    private void awaitLeaders(List<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                admin.describeTopics(names)
                        .allTopicNames()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .values()
                        .forEach(topic -> topic.partitions()
                                .forEach(p -> partitions.put(
                                        new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(partitions).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics " + names + " got no leader in time", e.getCause());
                }
                Thread.sleep(100);
            } catch (TimeoutException e) {
                throw new IllegalStateException("topics " + names + " got no leader in time", e);
            }
        }
    }

    /**
     * The latest offset of every topic but the broker's own ({@code __*}), the registry's and the benchmark's raw
     * topics, summed over its partitions: every record and transaction marker written so far. The difference over a
     * run is what the run wrote to the log, the hub's changelog and repartition topics included.
     */
    Map<String, Long> logEntriesByTopic(String excludedTopic) throws InterruptedException {
        try {
            List<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).stream()
                    .filter(name ->
                            !name.startsWith("_") && !name.startsWith("bench.raw.") && !name.equals(excludedTopic))
                    .toList();
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            admin.describeTopics(names)
                    .allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .values()
                    .forEach(topic -> topic.partitions()
                            .forEach(p -> partitions.put(
                                    new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            Map<String, Long> byTopic = new TreeMap<>();
            admin.listOffsets(partitions)
                    .all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((partition, info) -> byTopic.merge(partition.topic(), info.offset(), Long::sum));
            return byTopic;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the latest offsets", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out reading the latest offsets", e);
        }
    }

    /** Deletes the intake topic and creates it again, empty, with {@code partitions} partitions. */
    void recreateIntake(int partitions) throws InterruptedException {
        String name = INTAKE.name();
        try {
            admin.deleteTopics(List.of(name)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw new IllegalStateException("cannot delete " + name, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out deleting " + name, e);
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(INTAKE.topicConfig())))
                        .all()
                        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                awaitLeaders(List.of(name));
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot create " + name, e.getCause());
                }
                Thread.sleep(200);
            } catch (TimeoutException e) {
                throw new IllegalStateException("timed out creating " + name, e);
            }
        }
    }

    private void create(NewTopic topic) throws InterruptedException {
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic.name(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating " + topic.name(), e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
