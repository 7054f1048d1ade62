package se.oroshub.system.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
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
import se.oroshub.casemanagement.ConnectorTokens;
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
 * packaged with an identity provider, the development issuer ({@code simulators/identity-issuer}, started first from
 * its jar) with a directory of this run: a client per connector sign-in, and the systems and staff the tests act as,
 * each a client-credentials client with a secret of this run whose tokens carry its organisation and role.
 */
final class WholeFlowSystem implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    /** The municipality whose case-management system is integrated (INTEGRATED in the connector's application.yml). */
    static final String INTEGRATED_MUNICIPALITY = "0180";

    private static final Logger log = LoggerFactory.getLogger(WholeFlowSystem.class);
    private static final Duration START_UP = Duration.ofSeconds(180);
    private static final int LOG_TAIL_LINES = 60;

    /** The case system's credentials at the connector (application.yml: username connector, CASE_SYSTEM_PASSWORD). */
    private static final String DELIVERY_USER = "connector";
    /** The case system's client at the issuer, for the connector's status API. */
    private static final String STATUS_USER = "case-system-0180";

    /** A caller the tests act as: a client-credentials client of the issuer with its organisation and role. */
    private record User(String username, String organisation, String role, String connector) {}

    private static final List<User> USERS = List.of(
            new User("anna", "SCHOOL_UNIT_CODE:29837461", "reporter", "school"),
            new User("erik", "SCHOOL_UNIT_CODE:29837462", "reporter", "school"),
            new User("sjukskoterska", "HSA_ID:SE1234567890-BVC1", "reporter", "healthcare"),
            new User("polis-sodermalm", "POLICE_UNIT:5000-LPO-SODERMALM", "police-system", "police"),
            new User(STATUS_USER, "MUNICIPALITY_CODE:" + INTEGRATED_MUNICIPALITY, "case-system", "social-services"));

    private static final List<String> CONNECTORS = List.of("school", "healthcare", "police", "social-services");

    private final List<ExecutableJarProcess> processes = new ArrayList<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, String> connectorSecrets = new HashMap<>();
    private URI issuer;
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
        int[] ports = freePorts(6);

        killOnExit = new Thread(this::killAll, "whole-flow-kill-children");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            caseSystem = EmbeddedCaseManagementSystem.start(INTEGRATED_MUNICIPALITY, DELIVERY_USER, deliveryPassword);
            issuer = URI.create("http://127.0.0.1:" + ports[5]);
            Path directory = writeIssuerDirectory(run, ports);
            ExecutableJarProcess identityIssuer = launch(
                    "identity-issuer",
                    "identity-issuer-jar",
                    ports[5],
                    run,
                    logs,
                    Map.of(),
                    List.of("--oroshub.issuer.directory=" + directory, "--oroshub.issuer.issuer-uri=" + issuer));
            // The connectors read the issuer's discovery document at start: it must be up first.
            awaitHealthy(began + START_UP.toNanos());
            Map<String, String> cluster = Map.of(
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "SPRING_KAFKA_PROPERTIES_SCHEMA_REGISTRY_URL", kafka.schemaRegistryUrl(),
                    "OROSHUB_CONNECTOR_SECURITY_ISSUER_URI", issuer.toString());

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
            school = launch("school", "school-jar", ports[1], run, logs, signIn(cluster, "school"), List.of());
            healthcare = launch(
                    "healthcare", "healthcare-jar", ports[2], run, logs, signIn(cluster, "healthcare"), List.of());
            police = launch(
                    "police",
                    "police-jar",
                    ports[3],
                    run,
                    logs,
                    signIn(cluster, "police"),
                    List.of("--oroshub.connector.police.directory.root="
                            + run.resolve("police").resolve("transfer")));
            socialServices = launch(
                    "social-services",
                    "social-services-jar",
                    ports[4],
                    run,
                    logs,
                    with(
                            signIn(cluster, "social-services"),
                            Map.of(
                                    "CASE_SYSTEM_0180_URL",
                                    caseSystem.baseUrl().toString(),
                                    "CASE_SYSTEM_PASSWORD",
                                    deliveryPassword)),
                    List.of());
            caseSystem.sendStatusEventsTo(
                    socialServices.baseUrl(),
                    new ConnectorTokens(issuer + "/oauth2/token", STATUS_USER, passwords.get(STATUS_USER)));

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
        String secret = passwords.get(username);
        if (secret == null) {
            throw new IllegalArgumentException("the issuer has no client " + username);
        }
        return new SignedIn(connector.baseUrl(), new ConnectorTokens(issuer + "/oauth2/token", username, secret));
    }

    /** The issuer's configuration of a connector's sign-in client, with a secret of this run. */
    private Map<String, String> signIn(Map<String, String> environment, String connector) {
        return with(
                environment,
                Map.of(
                        "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_OROSHUB_CLIENT_SECRET",
                        connectorSecrets.get(connector)));
    }

    /** The issuer's directory of this run: a sign-in client per connector, a client per caller of {@link #USERS}. */
    private Path writeIssuerDirectory(Path run, int[] ports) {
        StringBuilder yaml = new StringBuilder("people: []\nclients:\n");
        for (int i = 0; i < CONNECTORS.size(); i++) {
            String connector = CONNECTORS.get(i);
            String secret = secret();
            connectorSecrets.put(connector, secret);
            yaml.append("  - client-id: connector-").append(connector).append('\n');
            yaml.append("    secret: \"{noop}").append(secret).append("\"\n");
            yaml.append("    redirect-uris: [http://127.0.0.1:")
                    .append(ports[i + 1])
                    .append("/login/oauth2/code/oroshub]\n");
        }
        for (User user : USERS) {
            String secret = secret();
            passwords.put(user.username(), secret);
            yaml.append("  - client-id: ").append(user.username()).append('\n');
            yaml.append("    secret: \"{noop}").append(secret).append("\"\n");
            yaml.append("    roles: [").append(user.role()).append("]\n");
            yaml.append("    organisation: ").append(user.organisation()).append('\n');
            yaml.append("    audiences: [connector-").append(user.connector()).append("]\n");
        }
        try {
            Path issuerDirectory = Files.createDirectories(run.resolve("identity-issuer"));
            return Files.writeString(issuerDirectory.resolve("directory.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
