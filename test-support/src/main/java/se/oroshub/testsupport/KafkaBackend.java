package se.oroshub.testsupport;

/** A running Kafka broker for tests; the environment does not care which kind. */
sealed interface KafkaBackend extends AutoCloseable permits EmbeddedKraftBackend, ContainerBackend {

    /** Where clients connect. */
    String bootstrapServers();

    /** A short description for the start-up log line. */
    String describe();

    @Override
    void close();
}
