package se.oroshub.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka in a Docker container (Testcontainers), configured like the embedded broker. */
final class ContainerBackend implements KafkaBackend {

    /** The broker image: the same Kafka version as the clients. */
    static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:4.1.2");

    private final KafkaContainer container;

    private ContainerBackend(KafkaContainer container) {
        this.container = container;
    }

    static ContainerBackend start() {
        KafkaContainer container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        return new ContainerBackend(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String describe() {
        return "Kafka container " + IMAGE;
    }

    @Override
    public void close() {
        container.stop();
    }
}
