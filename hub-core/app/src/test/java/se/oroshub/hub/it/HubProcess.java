package se.oroshub.hub.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import se.oroshub.testsupport.ExecutableJarProcess;
import se.oroshub.testsupport.KafkaTestEnvironment;

/**
 * The hub as a deployment runs it: its executable jar in a process of its own ({@link ExecutableJarProcess}), which a
 * test can kill outright (SIGKILL: no shutdown hook, no commit, an open transaction left behind), as a crashed node or
 * an OOM kill would.
 */
final class HubProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final ExecutableJarProcess process;

    private HubProcess(ExecutableJarProcess process) {
        this.process = process;
    }

    /** Starts the hub's executable jar on the test broker with a state directory of its own; waits until healthy. */
    static HubProcess start(KafkaTestEnvironment kafka, String name, String... settings) {
        Path jar = Path.of(System.getProperty("oroshub.hub.exec-jar", "target/hub-core-exec.jar"));
        try {
            Path workDir = Files.createTempDirectory("hub-process-" + name);
            ExecutableJarProcess process = ExecutableJarProcess.launch(
                    name,
                    jar,
                    freePort(),
                    workDir,
                    workDir.resolve("hub.log"),
                    Map.of(
                            "SPRING_KAFKA_BOOTSTRAP_SERVERS",
                            kafka.bootstrapServers(),
                            "SPRING_KAFKA_PROPERTIES_SCHEMA_REGISTRY_URL",
                            kafka.schemaRegistryUrl(),
                            "OROSHUB_PSEUDONYM_SECRET",
                            "integration-test-only-pseudonym-secret-synthetic"),
                    Stream.concat(
                                    Stream.of(
                                            "--oroshub.hub.state-dir=" + workDir.resolve("state"),
                                            "--oroshub.hub.instance-id=" + name + "-" + UUID.randomUUID(),
                                            "--logging.level.org.apache.kafka=WARN",
                                            ConnectorProducer.STATUS_MUNICIPALITIES),
                                    Arrays.stream(settings))
                            .toList());
            HubProcess hub = new HubProcess(process);
            try {
                await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(process::healthy);
            } catch (RuntimeException e) {
                String tail = hub.logTail();
                process.kill();
                throw new IllegalStateException("the hub process did not become healthy; its log ends:\n" + tail, e);
            }
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process at once (SIGKILL) and waits until it is gone. */
    void kill() {
        process.kill();
    }

    /** The last lines the process printed, for a failure message. */
    String logTail() {
        return process.logTail(40);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
