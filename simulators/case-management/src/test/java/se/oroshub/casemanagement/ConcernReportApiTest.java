package se.oroshub.casemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "oroshub.simulator.api.username=connector",
            "oroshub.simulator.api.password=secret",
            "oroshub.simulator.connector.client-id=case-system-1480",
            "oroshub.simulator.connector.client-secret=test-only-secret"
        })
class ConcernReportApiTest {

    private static final CopyOnWriteArrayList<String> connectorReceived = new CopyOnWriteArrayList<>();
    private static final HttpServer connector = startConnectorStandIn();

    @LocalServerPort
    int port;

    @Autowired
    BehaviourSwitch behaviour;

    @Autowired
    ReceivedReports reports;

    @Autowired
    StatusEventSender sender;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void connectorUrl(DynamicPropertyRegistry registry) {
        registry.add(
                "oroshub.simulator.connector.base-url",
                () -> "http://127.0.0.1:" + connector.getAddress().getPort());
        registry.add(
                "oroshub.simulator.connector.token-uri",
                () -> "http://127.0.0.1:" + connector.getAddress().getPort() + "/oauth2/token");
    }

    @AfterAll
    static void stopConnector() {
        connector.stop(0);
    }

    @BeforeEach
    void normal() {
        behaviour.set(Behaviour.NORMAL);
    }

    @Test
    void firstDeliveryIsCreatedAndASecondIsAConflictWithTheSameReference() throws Exception {
        String reportId = UUID.randomUUID().toString();

        HttpResponse<String> first = deliver(reportId, reportId, basic("connector", "secret"));
        HttpResponse<String> second = deliver(reportId, reportId, basic("connector", "secret"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(409);
        String reference = json.readTree(first.body()).path("systemReference").asString();
        assertThat(reference).startsWith("VS-");
        assertThat(json.readTree(second.body()).path("systemReference").asString())
                .isEqualTo(reference);
    }

    @Test
    void wrongCredentialsAreUnauthorised() throws Exception {
        String reportId = UUID.randomUUID().toString();

        assertThat(deliver(reportId, reportId, basic("connector", "wrong")).statusCode())
                .isEqualTo(401);
        assertThat(deliver(reportId, reportId, null).statusCode()).isEqualTo(401);
        assertThat(reports.find(reportId)).isEmpty();
    }

    @Test
    void idempotencyKeyMustBeTheReportId() throws Exception {
        String reportId = UUID.randomUUID().toString();

        HttpResponse<String> response = deliver(reportId, "something-else", basic("connector", "secret"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("code").asString()).isEqualTo("idempotency_key_mismatch");
    }

    @Test
    void failingModeAnswers503ForTheConfiguredNumberOfDeliveriesThenRecovers() throws Exception {
        behaviour.set(new Behaviour(Behaviour.Mode.FAILING, null, 2));
        String reportId = UUID.randomUUID().toString();

        assertThat(deliver(reportId, reportId, basic("connector", "secret")).statusCode())
                .isEqualTo(503);
        assertThat(deliver(reportId, reportId, basic("connector", "secret")).statusCode())
                .isEqualTo(503);
        assertThat(deliver(reportId, reportId, basic("connector", "secret")).statusCode())
                .isEqualTo(201);
    }

    @Test
    void rejectingModeAnswers422() throws Exception {
        behaviour.set(new Behaviour(Behaviour.Mode.REJECTING, null, -1));
        String reportId = UUID.randomUUID().toString();

        assertThat(deliver(reportId, reportId, basic("connector", "secret")).statusCode())
                .isEqualTo(422);
    }

    @Test
    void adminEndpointSwitchesTheBehaviour() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/admin/behaviour"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"SLOW\",\"delayMillis\":10}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(behaviour.current().mode()).isEqualTo(Behaviour.Mode.SLOW);
    }

    @Test
    void aDecisionIsPostedToTheConnectorWithAClientCredentialsToken() throws Exception {
        String reportId = UUID.randomUUID().toString();
        deliver(reportId, reportId, basic("connector", "secret"));

        StatusEventSender.Outcome outcome = sender.send(
                reports.find(reportId).orElseThrow(),
                "INVESTIGATION_DECISION_MADE",
                Map.of("decision", "OPENED", "decisionDate", "2026-11-23"));

        assertThat(outcome.accepted()).isTrue();
        JsonNode posted = json.readTree(connectorReceived.get(connectorReceived.size() - 1));
        assertThat(posted.path("reportId").asString()).isEqualTo(reportId);
        assertThat(posted.path("municipalityCode").asString()).isEqualTo("1480");
        assertThat(posted.path("type").asString()).isEqualTo("INVESTIGATION_DECISION_MADE");
        assertThat(posted.path("decision").asString()).isEqualTo("OPENED");
        assertThat(reports.find(reportId).orElseThrow().sentEventsSnapshot())
                .containsExactly("INVESTIGATION_DECISION_MADE");
    }

    private HttpResponse<String> deliver(String reportId, String key, String authorization) throws Exception {
        String body = """
                {"reportId":"%s","municipalityCode":"1480","acute":true,
                 "child":{"givenName":"Test","familyName":"Testsson"}}""".formatted(reportId);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/concern-reports"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpServer startConnectorStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String expected = "Bearer token-by-client-credentials";
            String client = basic("case-system-1480", "test-only-secret");
            server.createContext("/oauth2/token", exchange -> {
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean valid = client.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                        && form.contains("grant_type=client_credentials");
                byte[] token = ("{\"access_token\":\"token-by-client-credentials\",\"token_type\":\"Bearer\","
                                + "\"expires_in\":300}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                if (valid) {
                    exchange.sendResponseHeaders(200, token.length);
                    exchange.getResponseBody().write(token);
                } else {
                    exchange.sendResponseHeaders(401, -1);
                }
                exchange.close();
            });
            server.createContext("/api/v1/status-events", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean authorised =
                        expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
                if (authorised) {
                    connectorReceived.add(body);
                }
                exchange.sendResponseHeaders(authorised ? 202 : 401, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
