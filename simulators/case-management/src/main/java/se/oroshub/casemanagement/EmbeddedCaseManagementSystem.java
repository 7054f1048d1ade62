package se.oroshub.casemanagement;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator without Spring, on the JDK's HTTP server on a free loopback port: the case-management system the
 * social-services connector's tests and the whole-flow test deliver to. It starts in milliseconds, answers the
 * delivery contract through the same {@link DeliveryDesk} as the simulator's web endpoint, records every request,
 * can be made slow, failing or refusing ({@link #behaviour()}), can be taken down and brought up again on the same
 * port, and sends status events to the connector with a bearer token.
 */
public final class EmbeddedCaseManagementSystem implements AutoCloseable {

    /**
     * One delivery as it arrived.
     *
     * @param idempotencyKey its {@code Idempotency-Key} header
     * @param authorization  its {@code Authorization} header
     * @param body           its body
     */
    public record Request(String idempotencyKey, String authorization, String body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String municipalityCode;
    private final BehaviourSwitch behaviour = new BehaviourSwitch();
    private final ReceivedReports reports = new ReceivedReports("VS", Clock.systemUTC());
    private final DeliveryDesk desk;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "embedded-case-management-system");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int port;
    private volatile HttpServer server;
    private volatile StatusEventSender sender;

    private EmbeddedCaseManagementSystem(String municipalityCode, SimulatorProperties.Api credentials) {
        this.municipalityCode = municipalityCode;
        this.desk = new DeliveryDesk(new ApiCredentials(credentials), behaviour, reports);
    }

    /** Starts a system that lets every delivery in, whatever its credentials. */
    public static EmbeddedCaseManagementSystem start() {
        return start(new EmbeddedCaseManagementSystem("0180", new SimulatorProperties.Api(null, null, null)));
    }

    /**
     * Starts the system of {@code municipalityCode}, which accepts only deliveries with HTTP Basic {@code username}
     * and {@code password} (401 otherwise).
     */
    public static EmbeddedCaseManagementSystem start(String municipalityCode, String username, String password) {
        return start(new EmbeddedCaseManagementSystem(
                municipalityCode, new SimulatorProperties.Api(username, password, null)));
    }

    private static EmbeddedCaseManagementSystem start(EmbeddedCaseManagementSystem system) {
        system.up();
        return system;
    }

    /** (Re)starts listening, on the same port as before. */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            created.setExecutor(executor);
            created.createContext("/api/v1/concern-reports", this::handle);
            created.start();
            port = created.getAddress().getPort();
            server = created;
        } catch (IOException e) {
            throw new IllegalStateException("the case-management system could not listen", e);
        }
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** How the system answers deliveries from now on. */
    public BehaviourSwitch behaviour() {
        return behaviour;
    }

    /** The next {@code deliveries} deliveries are answered 503. */
    public void failNext(int deliveries) {
        behaviour.set(new Behaviour(Behaviour.Mode.FAILING, Duration.ZERO, deliveries));
    }

    /** Every delivery waits this long before it is answered; {@link Duration#ZERO} to answer at once again. */
    public void slow(Duration wait) {
        behaviour.set(wait.isZero() ? Behaviour.NORMAL : new Behaviour(Behaviour.Mode.SLOW, wait, -1));
    }

    /** Every delivery is refused with 422 until the behaviour is changed. */
    public void refuse() {
        behaviour.set(new Behaviour(Behaviour.Mode.REJECTING, Duration.ZERO, -1));
    }

    /** Every delivery as it arrived, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The reports registered, by report id, with their references. */
    public Map<String, String> registered() {
        Map<String, String> registered = new LinkedHashMap<>();
        reports.registrationOrder()
                .forEach(id -> reports.find(id).ifPresent(report -> registered.put(id, report.systemReference())));
        return registered;
    }

    /** Report ids in the order the system registered them. */
    public List<String> registrationOrder() {
        return reports.registrationOrder();
    }

    /** A report as the system registered it, once it was delivered. */
    public Optional<ReceivedReport> registration(String reportId) {
        return reports.find(reportId);
    }

    /** Deliveries refused for missing or wrong credentials. */
    public int refusedDeliveries() {
        return desk.refusedDeliveries();
    }

    /**
     * Where status events go, and with which token: the social-services connector, and a current access token for
     * it (e.g. {@link ConnectorTokens}, by client credentials at the identity provider).
     */
    public void sendStatusEventsTo(URI connector, Supplier<Optional<String>> bearerToken) {
        sender = new StatusEventSender(connector.toString(), bearerToken, municipalityCode, JSON);
    }

    /** Tells the connector about the protective assessment (skyddsbedömning) of a registered report. */
    public StatusEventSender.Outcome protectiveAssessmentMade(String reportId, boolean immediateProtectionNeeded)
            throws IOException, InterruptedException {
        return sender().protectiveAssessmentMade(registered(reportId), immediateProtectionNeeded);
    }

    /** Tells the connector about the decision on investigation of a registered report. */
    public StatusEventSender.Outcome investigationDecisionMade(
            String reportId, String decision, LocalDate decisionDate, boolean withholdFeedback)
            throws IOException, InterruptedException {
        return sender().investigationDecisionMade(registered(reportId), decision, decisionDate, withholdFeedback);
    }

    @Override
    public void close() {
        down();
        executor.shutdownNow();
    }

    private StatusEventSender sender() {
        StatusEventSender current = sender;
        if (current == null) {
            throw new IllegalStateException("no connector to send status events to: call sendStatusEventsTo first");
        }
        return current;
    }

    private ReceivedReport registered(String reportId) {
        return reports.find(reportId)
                .orElseThrow(() -> new IllegalStateException("report " + reportId + " was never delivered here"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, Map.<String, Object>of("code", "method_not_allowed"));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            requests.add(new Request(idempotencyKey, authorization, body));
            DeliveryDesk.Answer answer;
            try {
                answer = desk.receive(authorization, idempotencyKey, body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            respond(exchange, answer.status(), answer.body());
        }
    }

    private static void respond(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
