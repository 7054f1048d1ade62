package se.oroshub.hub.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import se.oroshub.hub.HubApplication;
import se.oroshub.hub.runtime.HubStreamsLifecycle;
import se.oroshub.testsupport.KafkaTestEnvironment;

/**
 * One hub process, as the jar runs it (Spring Boot, the hub's Kafka Streams client), against the test broker and
 * registry. Every instance uses the production application id and a fresh, empty state directory, so a new instance
 * rebuilds its state from the changelogs, exactly as an instance moved to another machine would. Each instance has
 * its own static member id, so a stopped one leaves the group at once and the next takes over without waiting for
 * the session timeout.
 */
final class HubInstance implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final ConfigurableApplicationContext context;
    private final Path stateDir;

    private HubInstance(ConfigurableApplicationContext context, Path stateDir) {
        this.context = context;
        this.stateDir = stateDir;
    }

    /** Starts a hub and waits until its streams client runs. */
    static HubInstance start(KafkaTestEnvironment kafka) {
        return start(kafka, new String[0]);
    }

    /** Starts a hub with {@code settings} (as {@code --name=value}) on top of the test's, and waits until it runs. */
    static HubInstance start(KafkaTestEnvironment kafka, String... settings) {
        Path stateDir;
        try {
            stateDir = Files.createTempDirectory("hub-it-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.kafka.properties.schema.registry.url=" + kafka.schemaRegistryUrl(),
                "--oroshub.hub.state-dir=" + stateDir,
                "--oroshub.hub.pseudonym-secret=integration-test-only-pseudonym-secret-synthetic",
                "--oroshub.hub.instance-id=hub-it-" + UUID.randomUUID(),
                "--oroshub.hub.deadline-check-interval=5s",
                ConnectorProducer.STATUS_MUNICIPALITIES));
        args.addAll(List.of(settings));
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(HubApplication.class).run(args.toArray(String[]::new));
        HubStreamsLifecycle streams = context.getBean(HubStreamsLifecycle.class);
        await().atMost(STARTUP).until(() -> streams.state() == KafkaStreams.State.RUNNING);
        return new HubInstance(context, stateDir);
    }

    /** The port the hub's HTTP server (actuator) listens on. */
    int httpPort() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
        FileSystemUtils.deleteRecursively(stateDir.toFile());
    }
}
