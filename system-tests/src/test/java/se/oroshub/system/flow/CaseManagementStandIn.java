package se.oroshub.system.flow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A municipality's case-management system (verksamhetssystem) on a real loopback HTTP server, speaking both
 * directions of {@code connectors/social-services/docs/case-management-contract.md}: it registers each delivered
 * report once per {@code Idempotency-Key} (201 with a system reference, then 409 with the same reference), refuses a
 * delivery without the agreed credentials (401), and sends status events to the social-services connector's
 * {@code /api/v1/status-events} as its own user.
 */
final class CaseManagementStandIn implements AutoCloseable {

    /** A report as the case system registered it: the JSON body it received and the reference it answered. */
    record Registration(String reportId, JsonNode body, String systemReference) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String municipalityCode;
    private final String expectedAuthorization;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Map<String, Registration> registered = new ConcurrentHashMap<>();
    private final AtomicInteger references = new AtomicInteger();
    private final AtomicInteger refusedDeliveries = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private volatile URI connector;
    private volatile String connectorAuthorization;

    private CaseManagementStandIn(String municipalityCode, String username, String password) throws IOException {
        this.municipalityCode = municipalityCode;
        this.expectedAuthorization = basic(username, password);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/v1/concern-reports", this::receive);
        server.start();
    }

    /**
     * Starts the case system of {@code municipalityCode} on a free loopback port; the connector must deliver with
     * {@code username} and {@code password}.
     */
    static CaseManagementStandIn start(String municipalityCode, String username, String password) {
        try {
            return new CaseManagementStandIn(municipalityCode, username, password);
        } catch (IOException e) {
            throw new IllegalStateException("the case-management stand-in could not listen", e);
        }
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Where and as whom status events are sent: the social-services connector and this system's user there. */
    void sendStatusEventsTo(URI connectorBaseUrl, String username, String password) {
        this.connector = connectorBaseUrl;
        this.connectorAuthorization = basic(username, password);
    }

    /** The registration of a report, once the connector delivered it. */
    Optional<Registration> registration(String reportId) {
        return Optional.ofNullable(registered.get(reportId));
    }

    /** Deliveries refused for wrong or missing credentials. */
    int refusedDeliveries() {
        return refusedDeliveries.get();
    }

    /** Records the protective assessment (skyddsbedömning) and tells the connector; returns the event id. */
    String protectiveAssessmentMade(String reportId, boolean immediateProtectionNeeded) {
        ObjectNode event = event(reportId, "PROTECTIVE_ASSESSMENT_MADE");
        event.put("immediateProtectionNeeded", immediateProtectionNeeded);
        return send(event);
    }

    /**
     * Records the decision on investigation and tells the connector; returns the event id.
     *
     * @param decision         {@code OPENED}, {@code NOT_OPENED} or {@code ALREADY_ONGOING}
     * @param withholdFeedback the case officer chose not to tell the reporter
     */
    String investigationDecisionMade(String reportId, String decision, LocalDate decisionDate,
            boolean withholdFeedback) {
        ObjectNode event = event(reportId, "INVESTIGATION_DECISION_MADE");
        event.put("decision", decision);
        event.put("decisionDate", decisionDate.toString());
        event.put("withholdFeedback", withholdFeedback);
        return send(event);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private ObjectNode event(String reportId, String type) {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("reportId", reportId);
        event.put("municipalityCode", municipalityCode);
        event.put("type", type);
        return event;
    }

    /** Posts the event; the connector answers 202 once it is durably on the status-events topic. */
    private String send(ObjectNode event) {
        if (connector == null) {
            throw new IllegalStateException("no connector to send status events to");
        }
        HttpRequest request = HttpRequest.newBuilder(connector.resolve("/api/v1/status-events"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", connectorAuthorization)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(event)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new AssertionError("the connector answered the " + event.get("type").asString()
                        + " event with HTTP " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body()).path("eventId").asString();
        } catch (IOException e) {
            throw new AssertionError("the status event could not be sent: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while sending a status event", e);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "{\"code\":\"method_not_allowed\"}");
                return;
            }
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refusedDeliveries.incrementAndGet();
                respond(exchange, 401, "{\"code\":\"unauthorized\"}");
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null || key.isBlank()) {
                respond(exchange, 400, "{\"code\":\"missing_idempotency_key\"}");
                return;
            }
            JsonNode report;
            try {
                report = JSON.readTree(new String(body, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                respond(exchange, 400, "{\"code\":\"malformed_request\"}");
                return;
            }
            boolean[] created = {false};
            Registration registration = registered.computeIfAbsent(key, k -> {
                created[0] = true;
                return new Registration(k, report, "VS-" + municipalityCode + "-"
                        + String.format("%06d", references.incrementAndGet()));
            });
            respond(exchange, created[0] ? 201 : 409,
                    "{\"systemReference\":\"" + registration.systemReference() + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
