package se.oroshub.hub.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import se.oroshub.testsupport.KafkaTestEnvironment;

/**
 * The hub as a deployment runs it: its executable jar in a process of its own, which a test can kill outright
 * (SIGKILL: no shutdown hook, no commit, an open transaction left behind), as a crashed node or an OOM kill would.
 */
final class HubProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    private final int port;

    private HubProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the hub's executable jar on the test broker with a state directory of its own; waits until RUNNING. */
    static HubProcess start(KafkaTestEnvironment kafka, String name) {
        Path jar = Path.of(System.getProperty("oroshub.hub.exec-jar", "target/hub-core-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the hub's executable jar " + jar + " is missing: run 'mvn verify'");
        }
        try {
            Path stateDir = Files.createTempDirectory("hub-process-state");
            Path log = Files.createTempFile("hub-process-" + name, ".log");
            int port = freePort();
            Process process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=se.oroshub.schemas.avro",
                    "-jar", jar.toString(),
                    "--server.port=" + port,
                    "--server.address=127.0.0.1",
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--spring.kafka.properties.schema.registry.url=" + kafka.schemaRegistryUrl(),
                    "--oroshub.hub.state-dir=" + stateDir,
                    "--oroshub.hub.instance-id=" + name + "-" + UUID.randomUUID(),
                    "--oroshub.hub.pseudonym-secret=integration-test-only-pseudonym-secret-synthetic",
                    "--logging.level.org.apache.kafka=WARN"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            HubProcess hub = new HubProcess(process, log, port);
            try {
                await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(hub::running);
            } catch (RuntimeException e) {
                String tail = hub.logTail();
                hub.kill();
                throw new IllegalStateException("the hub process did not reach RUNNING; its log ends:\n" + tail, e);
            }
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process at once (SIGKILL) and waits until it is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines the process printed, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private boolean running() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the hub process exited with " + process.exitValue());
        }
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"RUNNING\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
