package se.oroshub.system.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.casemanagement.EmbeddedCaseManagementSystem;
import se.oroshub.system.BuiltJars;
import se.oroshub.testsupport.ExecutableJarProcess;
import se.oroshub.testsupport.KafkaTestEnvironment;

/**
 * The whole hub on the test broker and registry: the hub and the four connectors each from its executable jar as a
 * child process on a free loopback port, and Stockholm's (0180) case-management system as the simulator, embedded
 * in the test on an HTTP server of its own. Started once for the test class, all processes in parallel; stopped after
 * it, also when a test or the start-up failed. When a test fails, the end of every component's log is printed; the
 * whole logs stay under {@code target/whole-flow}.
 *
 * <p>Each process gets only the configuration a deployment would give it: the broker and registry through
 * Spring Boot's environment variables (as in {@code deploy/production}), its secrets through the variables its
 * {@code application.yml} reads, the local runtime's arguments ({@code deploy/run.sh}), and, since no connector is
 * packaged with users, the users the tests sign in as, each with a password of this run.
 */
final class WholeFlowSystem implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    /** The municipality whose case-management system is integrated (INTEGRATED in the connector's application.yml). */
    static final String INTEGRATED_MUNICIPALITY = "0180";

    private static final Logger log = LoggerFactory.getLogger(WholeFlowSystem.class);
    private static final Duration START_UP = Duration.ofSeconds(180);
    private static final int LOG_TAIL_LINES = 60;

    /** The case system's credentials at the connector (application.yml: username connector, CASE_SYSTEM_PASSWORD). */
    private static final String DELIVERY_USER = "connector";
    /** The case system's user at the connector's status API. */
    private static final String STATUS_USER = "case-system-0180";

    /** A user a connector is started with: who signs in, and for which organisation. */
    private record User(String username, String scheme, String organisation) {}

    private static final List<User> SCHOOL_USERS =
            List.of(new User("anna", "SCHOOL_UNIT_CODE", "29837461"), new User("erik", "SCHOOL_UNIT_CODE", "29837462"));
    private static final List<User> HEALTHCARE_USERS =
            List.of(new User("sjukskoterska", "HSA_ID", "SE1234567890-BVC1"));
    private static final List<User> POLICE_USERS =
            List.of(new User("polis-sodermalm", "POLICE_UNIT", "5000-LPO-SODERMALM"));
    private static final List<User> SOCIAL_SERVICES_USERS =
            List.of(new User(STATUS_USER, "MUNICIPALITY_CODE", INTEGRATED_MUNICIPALITY));

    private final List<ExecutableJarProcess> processes = new ArrayList<>();
    private final Map<String, String> passwords = new HashMap<>();
    private EmbeddedCaseManagementSystem caseSystem;
    private ExecutableJarProcess school;
    private ExecutableJarProcess healthcare;
    private ExecutableJarProcess police;
    private ExecutableJarProcess socialServices;
    private Thread killOnExit;

    @Override
    public void beforeAll(ExtensionContext context) {
        long began = System.nanoTime();
        KafkaTestEnvironment kafka = KafkaTestEnvironment.shared();
        Path run = workDirectory()
                .resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                        + UUID.randomUUID().toString().substring(0, 8));
        Path logs = run.resolve("logs");
        String deliveryPassword = secret();
        int[] ports = freePorts(5);

        killOnExit = new Thread(this::killAll, "whole-flow-kill-children");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            caseSystem = EmbeddedCaseManagementSystem.start(INTEGRATED_MUNICIPALITY, DELIVERY_USER, deliveryPassword);
            Map<String, String> cluster = Map.of(
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "SPRING_KAFKA_PROPERTIES_SCHEMA_REGISTRY_URL", kafka.schemaRegistryUrl());

            launch(
                    "hub",
                    "hub-jar",
                    ports[0],
                    run,
                    logs,
                    with(cluster, Map.of("OROSHUB_PSEUDONYM_SECRET", secret() + secret())),
                    List.of(
                            "--oroshub.hub.application-id=whole-flow-hub-" + UUID.randomUUID(),
                            "--oroshub.hub.instance-id=whole-flow-hub",
                            "--oroshub.hub.state-dir=" + run.resolve("hub").resolve("state"),
                            // The organisations each connector was packaged for: the only ones it may speak for.
                            "--oroshub.hub.connectors.school=SCHOOL_UNIT_CODE:29837461,SCHOOL_UNIT_CODE:29837462",
                            "--oroshub.hub.connectors.healthcare=HSA_ID:SE1234567890-BVC1",
                            "--oroshub.hub.connectors.police=POLICE_UNIT:5000-LPO-SODERMALM,"
                                    + "POLICE_UNIT:1400-LPO-GOTEBORG",
                            "--oroshub.hub.status-municipalities=0180,1480,1280,0380,0980"));
            school = launch("school", "school-jar", ports[1], run, logs, cluster, users(SCHOOL_USERS));
            healthcare = launch("healthcare", "healthcare-jar", ports[2], run, logs, cluster, users(HEALTHCARE_USERS));
            police = launch(
                    "police",
                    "police-jar",
                    ports[3],
                    run,
                    logs,
                    cluster,
                    with(
                            users(POLICE_USERS),
                            "--oroshub.connector.police.directory.root="
                                    + run.resolve("police").resolve("transfer")));
            socialServices = launch(
                    "social-services",
                    "social-services-jar",
                    ports[4],
                    run,
                    logs,
                    with(
                            cluster,
                            Map.of(
                                    "CASE_SYSTEM_0180_URL",
                                    caseSystem.baseUrl().toString(),
                                    "CASE_SYSTEM_PASSWORD",
                                    deliveryPassword)),
                    users(SOCIAL_SERVICES_USERS));
            caseSystem.sendStatusEventsTo(socialServices.baseUrl(), STATUS_USER, passwords.get(STATUS_USER));

            awaitHealthy(began + START_UP.toNanos());
        } catch (RuntimeException | Error e) {
            printLogs("the whole system did not start: " + e.getMessage());
            stopAll();
            throw e;
        }
        log.info(
                "Hub, four connectors and the case-management stand-in up in {} ms; logs in {}",
                Duration.ofNanos(System.nanoTime() - began).toMillis(),
                logs);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        printLogs(context.getDisplayName() + " failed");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopAll();
    }

    /** A member of the school's staff the school connector was started with (anna or erik). */
    SignedIn atSchool(String username) {
        return signedIn(school, username);
    }

    /** The healthcare user the healthcare connector was started with (sjukskoterska). */
    SignedIn atHealthcare(String username) {
        return signedIn(healthcare, username);
    }

    /** The police unit's case system the police connector was started with (polis-sodermalm). */
    SignedIn atPolice(String username) {
        return signedIn(police, username);
    }

    EmbeddedCaseManagementSystem caseSystem() {
        return caseSystem;
    }

    /** Every component's log as it is now, by component name. */
    Map<String, String> logs() {
        Map<String, String> texts = new LinkedHashMap<>();
        processes.forEach(p -> texts.put(p.name(), p.logText()));
        return texts;
    }

    /** Waits until every process is healthy; fails as soon as one exits. */
    private void awaitHealthy(long deadline) {
        List<ExecutableJarProcess> starting = new ArrayList<>(processes);
        while (!starting.isEmpty()) {
            starting.removeIf(ExecutableJarProcess::healthy);
            if (starting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not healthy within " + START_UP + ": "
                        + starting.stream().map(ExecutableJarProcess::name).toList());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the components started", e);
            }
        }
    }

    private ExecutableJarProcess launch(
            String name,
            String jarProperty,
            int port,
            Path run,
            Path logs,
            Map<String, String> environment,
            List<String> arguments) {
        ExecutableJarProcess process = ExecutableJarProcess.launch(
                name,
                BuiltJars.jar(jarProperty),
                port,
                run.resolve(name),
                logs.resolve(name + ".log"),
                environment,
                arguments);
        processes.add(process);
        return process;
    }

    /** Stops every process at once (SIGTERM, as in production), then waits for each, killing the stragglers. */
    private void stopAll() {
        processes.forEach(ExecutableJarProcess::requestStop);
        processes.forEach(ExecutableJarProcess::close);
        if (caseSystem != null) {
            caseSystem.close();
            caseSystem = null;
        }
        if (killOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running or about to: it kills what is left
            }
            killOnExit = null;
        }
    }

    private void killAll() {
        processes.forEach(ExecutableJarProcess::kill);
    }

    private void printLogs(String why) {
        StringBuilder out = new StringBuilder(System.lineSeparator())
                .append("==== ")
                .append(why)
                .append(": the last ")
                .append(LOG_TAIL_LINES)
                .append(" lines of each component's log ====")
                .append(System.lineSeparator());
        for (ExecutableJarProcess process : processes) {
            out.append("---- ")
                    .append(process.name())
                    .append(" (")
                    .append(process.log())
                    .append(") ----")
                    .append(System.lineSeparator())
                    .append(process.logTail(LOG_TAIL_LINES))
                    .append(System.lineSeparator());
        }
        System.err.println(out);
    }

    private static Path workDirectory() {
        String configured = System.getProperty("oroshub.flow.work-dir");
        try {
            return configured == null || configured.isBlank()
                    ? Files.createTempDirectory("whole-flow")
                    : Files.createDirectories(Path.of(configured));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Distinct free loopback ports: all held open together, so no two are the same, then released for the processes. */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a listening socket that never accepted does not fail in a way that matters here
                }
            }
        }
    }

    private static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private SignedIn signedIn(ExecutableJarProcess connector, String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw new IllegalArgumentException("no connector was started with the user " + username);
        }
        return new SignedIn(connector.baseUrl(), username, password);
    }

    /** The arguments that configure {@code users}, each with a fresh password. */
    private List<String> users(List<User> users) {
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            String password = secret();
            passwords.put(user.username(), password);
            String prefix = "--oroshub.connector.security.users[" + i + "].";
            arguments.add(prefix + "username=" + user.username());
            arguments.add(prefix + "password={noop}" + password);
            arguments.add(prefix + "organisation.scheme=" + user.scheme());
            arguments.add(prefix + "organisation.value=" + user.organisation());
        }
        return arguments;
    }

    private static List<String> with(List<String> arguments, String more) {
        List<String> all = new ArrayList<>(arguments);
        all.add(more);
        return List.copyOf(all);
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> both = new HashMap<>(base);
        both.putAll(more);
        return Map.copyOf(both);
    }
}
