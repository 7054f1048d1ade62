package se.oroshub.casemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EmbeddedCaseManagementSystemTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final EmbeddedCaseManagementSystem system =
            EmbeddedCaseManagementSystem.start("1480", "connector", "secret");

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void aReportIsRegisteredOnceAndASecondDeliveryGetsTheSameReference() throws Exception {
        String reportId = UUID.randomUUID().toString();

        HttpResponse<String> first = deliver(reportId, basic("connector", "secret"));
        HttpResponse<String> second = deliver(reportId, basic("connector", "secret"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(409);
        String reference = json.readTree(first.body()).path("systemReference").asString();
        assertThat(json.readTree(second.body()).path("systemReference").asString())
                .isEqualTo(reference);
        assertThat(system.registered()).containsExactly(Map.entry(reportId, reference));
        assertThat(system.requests())
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.idempotencyKey()).isEqualTo(reportId));
    }

    @Test
    void aDeliveryWithoutTheAgreedCredentialsIsRefusedAndCounted() throws Exception {
        String reportId = UUID.randomUUID().toString();

        assertThat(deliver(reportId, basic("connector", "wrong")).statusCode()).isEqualTo(401);
        assertThat(deliver(reportId, null).statusCode()).isEqualTo(401);

        assertThat(system.refusedDeliveries()).isEqualTo(2);
        assertThat(system.registration(reportId)).isEmpty();
    }

    @Test
    void aFailingSystemAnswers503ForTheGivenNumberOfDeliveriesAndARefusingOne422() throws Exception {
        String reportId = UUID.randomUUID().toString();
        system.failNext(2);

        assertThat(deliver(reportId, basic("connector", "secret")).statusCode()).isEqualTo(503);
        assertThat(deliver(reportId, basic("connector", "secret")).statusCode()).isEqualTo(503);
        assertThat(deliver(reportId, basic("connector", "secret")).statusCode()).isEqualTo(201);

        system.refuse();
        assertThat(deliver(UUID.randomUUID().toString(), basic("connector", "secret"))
                        .statusCode())
                .isEqualTo(422);
    }

    @Test
    void aSystemTakenDownRefusesConnectionsAndComesBackOnTheSamePort() throws Exception {
        URI before = system.baseUrl();
        system.down();

        assertThat(attempt(UUID.randomUUID().toString())).isInstanceOf(ConnectException.class);

        system.up();
        assertThat(system.baseUrl()).isEqualTo(before);
        assertThat(deliver(UUID.randomUUID().toString(), basic("connector", "secret"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void theDecisionIsSentToTheConnectorWithTheSystemsBearerToken() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer connector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        connector.createContext("/api/v1/status-events", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        connector.start();
        try {
            String reportId = UUID.randomUUID().toString();
            deliver(reportId, basic("connector", "secret"));
            system.sendStatusEventsTo(
                    URI.create("http://127.0.0.1:" + connector.getAddress().getPort()),
                    () -> java.util.Optional.of("token-of-1480"));

            StatusEventSender.Outcome outcome =
                    system.investigationDecisionMade(reportId, "OPENED", LocalDate.parse("2026-11-23"), false);

            assertThat(outcome.accepted()).isTrue();
            assertThat(received).singleElement().satisfies(request -> {
                assertThat(request).startsWith("Bearer token-of-1480 ");
                JsonNode event = json.readTree(request.substring(request.indexOf('{')));
                assertThat(event.path("eventId").asString()).isEqualTo(outcome.eventId());
                assertThat(event.path("reportId").asString()).isEqualTo(reportId);
                assertThat(event.path("municipalityCode").asString()).isEqualTo("1480");
                assertThat(event.path("type").asString()).isEqualTo("INVESTIGATION_DECISION_MADE");
                assertThat(event.path("decision").asString()).isEqualTo("OPENED");
                assertThat(event.path("decisionDate").asString()).isEqualTo("2026-11-23");
            });
        } finally {
            connector.stop(0);
        }
    }

    private HttpResponse<String> deliver(String reportId, String authorization) throws Exception {
        return http.send(request(reportId, authorization), HttpResponse.BodyHandlers.ofString());
    }

    private Throwable attempt(String reportId) {
        try {
            http.send(request(reportId, basic("connector", "secret")), HttpResponse.BodyHandlers.ofString());
            return null;
        } catch (IOException | InterruptedException e) {
            return e;
        }
    }

    private HttpRequest request(String reportId, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(system.baseUrl().resolve("/api/v1/concern-reports"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", reportId)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"reportId":"%s","municipalityCode":"1480","acute":false}""".formatted(reportId)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
