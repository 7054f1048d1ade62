package se.oroshub.casemanagement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts status events to the social-services connector's {@code POST /api/v1/status-events} (contract v1, §2), with
 * the bearer token this system got from the identity provider by client credentials ({@link ConnectorTokens}).
 */
public final class StatusEventSender {

    /**
     * The connector's answer.
     *
     * @param status  its HTTP status; 202 once the event is durably on the status events topic
     * @param body    its body
     * @param eventId the id of the event sent
     */
    public record Outcome(int status, String body, String eventId) {

        public boolean accepted() {
            return status / 100 == 2;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String connectorBaseUrl;
    private final Supplier<Optional<String>> bearerToken;
    private final String municipalityCode;
    private final JsonMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param connectorBaseUrl where the connector is
     * @param bearerToken      a current access token for the connector, fetched (and renewed) for each event; empty
     *                         to send without one
     * @param municipalityCode the municipality of an event whose report does not name one
     * @param json             writes the event
     */
    public StatusEventSender(
            String connectorBaseUrl, Supplier<Optional<String>> bearerToken, String municipalityCode, JsonMapper json) {
        this.connectorBaseUrl = connectorBaseUrl;
        this.bearerToken = bearerToken;
        this.municipalityCode = municipalityCode;
        this.json = json;
    }

    /** Sends one event of {@code type} about {@code report} with the type's own fields. */
    public Outcome send(ReceivedReport report, String type, Map<String, Object> fields)
            throws IOException, InterruptedException {
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("reportId", report.reportId());
        body.put(
                "municipalityCode", report.municipalityCode().isBlank() ? municipalityCode : report.municipalityCode());
        body.put("type", type);
        body.putAll(fields);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connectorBaseUrl + "/api/v1/status-events"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        bearerToken.get().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 2) {
            report.recordSent(type);
        }
        return new Outcome(response.statusCode(), response.body(), eventId);
    }

    /** The protective assessment (skyddsbedömning) of {@code report}. */
    public Outcome protectiveAssessmentMade(ReceivedReport report, boolean immediateProtectionNeeded)
            throws IOException, InterruptedException {
        return send(
                report, "PROTECTIVE_ASSESSMENT_MADE", Map.of("immediateProtectionNeeded", immediateProtectionNeeded));
    }

    /**
     * The decision on investigation of {@code report}.
     *
     * @param decision         {@code OPENED}, {@code NOT_OPENED} or {@code ALREADY_ONGOING}
     * @param withholdFeedback the case officer chose not to tell the reporter
     */
    public Outcome investigationDecisionMade(
            ReceivedReport report, String decision, LocalDate decisionDate, boolean withholdFeedback)
            throws IOException, InterruptedException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("decision", decision);
        fields.put("decisionDate", decisionDate.toString());
        fields.put("withholdFeedback", withholdFeedback);
        return send(report, "INVESTIGATION_DECISION_MADE", fields);
    }
}
