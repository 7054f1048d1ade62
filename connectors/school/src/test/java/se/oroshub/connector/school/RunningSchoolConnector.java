package se.oroshub.connector.school;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * The whole school connector on a random port against the real test broker and registry, as the hub would see it. The
 * ITs extending this share one application context.
 */
@RealKafka
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class RunningSchoolConnector {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        KafkaTestEnvironment kafka = KafkaTestEnvironment.shared();
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.kafka.properties.schema.registry.url", kafka::schemaRegistryUrl);
    }

    @BeforeAll
    static void intakeTopic(KafkaTestEnvironment kafka) {
        kafka.createTopics(
                Topics.CONNECTOR_INTAKE.of("school"),
                Topics.CONNECTOR_RECEIPTS.of("school"),
                Topics.feedbackTopic(TestReports.KVARNBACKA),
                Topics.feedbackTopic(TestReports.EKBACKEN));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Publishes a notification to the school's feedback topic, as the hub does. */
    static void publishFeedback(KafkaTestEnvironment kafka, ReporterNotification notification) {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(
                    Topics.feedbackTopic(notification.getReportingOrganisation())
                            .name(),
                    notification.getReportId(),
                    notification));
            producer.flush();
        }
    }

    /** The report with this id on the intake topic, read from the beginning with a read_committed consumer. */
    static Optional<ConcernReport> onIntake(KafkaTestEnvironment kafka, String reportId) {
        Map<String, Object> props = kafka.consumerProperties("unused-" + UUID.randomUUID());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, ConcernReport> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p :
                    consumer.partitionsFor(Topics.CONNECTOR_INTAKE.of("school").name())) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline
                    && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (reportId.equals(record.key())) {
                        return Optional.of(record.value());
                    }
                }
            }
            return Optional.empty();
        }
    }
}
