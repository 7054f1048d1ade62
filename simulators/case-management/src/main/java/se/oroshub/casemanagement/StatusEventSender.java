package se.oroshub.casemanagement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Posts status events to the social-services connector's {@code POST /api/v1/status-events}. */
@Component
public class StatusEventSender {

    /** The connector's answer: its HTTP status and body. */
    public record Outcome(int status, String body) {

        public boolean accepted() {
            return status / 100 == 2;
        }
    }

    private final SimulatorProperties properties;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public StatusEventSender(SimulatorProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    /** Sends one event of {@code type} about {@code report} with the type's own fields. */
    public Outcome send(ReceivedReport report, String type, Map<String, Object> fields)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", UUID.randomUUID().toString());
        body.put("reportId", report.reportId());
        body.put("municipalityCode", report.municipalityCode().isBlank()
                ? properties.municipalityCode() : report.municipalityCode());
        body.put("type", type);
        body.putAll(fields);
        SimulatorProperties.Connector connector = properties.connector();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connector.baseUrl() + "/api/v1/status-events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (!SimulatorProperties.isBlank(connector.username())) {
            String basic = connector.username() + ":" + (connector.password() == null ? "" : connector.password());
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 2) {
            report.recordSent(type);
        }
        return new Outcome(response.statusCode(), response.body());
    }
}
