package se.oroshub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One component of the hub (the hub itself or a connector) running from its executable jar as a child process, as a
 * municipality or region deploys it: its own JVM, its own {@code application.yml}, configured by command-line
 * arguments and environment variables only. Standard output and error go to one log file, kept after the run.
 */
public final class ExecutableJarProcess implements AutoCloseable {

    /** The JVM settings of the local runtime ({@code deploy/local/lib.sh}): Avro's trusted packages, a small heap. */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=se.oroshub.schemas.avro",
            "-Xmx384m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final HttpClient HEALTH_CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ExecutableJarProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code java -jar jar} on {@code port} (loopback only) in {@code workDir}, without waiting for it.
     *
     * @param environment variables set for the process; inherited variables of the hub's own names ({@code SPRING_*},
     *                    {@code OROSHUB_*}, {@code KAFKA_*}, ...) are removed first, so nothing from the machine leaks
     *                    into the configuration under test
     */
    public static ExecutableJarProcess launch(
            String name,
            Path jar,
            int port,
            Path workDir,
            Path log,
            Map<String, String> environment,
            List<String> arguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": executable jar " + jar + " is missing; run the tests through"
                    + " './mvnw -B verify' so the reactor packages it first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.addAll(arguments);
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(ExecutableJarProcess::configuresTheHub);
            builder.environment().putAll(environment);
            return new ExecutableJarProcess(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private static boolean configuresTheHub(String variable) {
        return variable.startsWith("SPRING_")
                || variable.startsWith("OROSHUB_")
                || variable.startsWith("KAFKA_")
                || variable.startsWith("SCHEMA_REGISTRY_")
                || variable.startsWith("CASE_SYSTEM_")
                || variable.startsWith("CONNECTOR_")
                || variable.startsWith("INBOX_")
                || variable.equals("SERVER_PORT");
    }

    public String name() {
        return name;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    /**
     * Whether {@code /actuator/health} answers 200 (every health component UP) now.
     *
     * @throws IllegalStateException when the process has exited
     */
    public boolean healthy() {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    name + " exited with status " + process.exitValue() + " during start-up; its log: " + log);
        }
        HttpRequest health = HttpRequest.newBuilder(baseUrl().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return HEALTH_CLIENT
                            .send(health, HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + name + " for its health", e);
        }
    }

    /** The whole log as it is now. */
    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The last {@code lines} lines of the log. */
    public String logTail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Asks the process to stop (SIGTERM, so it shuts down as in production), without waiting. */
    public void requestStop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    /** Stops the process: SIGTERM, then SIGKILL for it and anything it started if it has not exited in time. */
    @Override
    public void close() {
        requestStop();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * Kills the process at once (SIGKILL: no shutdown hook runs, an open transaction is left behind, as after a crash)
     * and waits until it is gone.
     */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
