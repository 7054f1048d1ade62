package se.oroshub.connector.socialservices.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import se.oroshub.schemas.avro.RoutedReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link CaseManagementSystem} over HTTP, contract v1: {@code POST {base}/api/v1/concern-reports} with the report as
 * JSON and {@code Idempotency-Key: <report id>}. 200/201 and 409 acknowledge (the body's {@code systemReference} is the
 * system's reference); 408, 429 and 5xx are transient; any other status is a refusal.
 */
public final class HttpCaseManagementSystem implements CaseManagementSystem {

    /** The contract's delivery path, relative to the system's base URL. */
    public static final String DELIVERY_PATH = "/api/v1/concern-reports";

    private final String municipalityCode;
    private final URI endpoint;
    private final String authorization;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final JsonMapper json;

    public HttpCaseManagementSystem(
            String municipalityCode,
            CaseSystemEndpoint caseSystem,
            Duration requestTimeout,
            HttpClient http,
            JsonMapper json) {
        this.municipalityCode = municipalityCode;
        String base = caseSystem.baseUrl().toString();
        this.endpoint = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + DELIVERY_PATH);
        this.authorization =
                caseSystem.bearerToken() != null && !caseSystem.bearerToken().isBlank()
                        ? "Bearer " + caseSystem.bearerToken()
                        : "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((caseSystem.username() + ":"
                                                        + (caseSystem.password() == null ? "" : caseSystem.password()))
                                                .getBytes(StandardCharsets.UTF_8));
        this.requestTimeout = requestTimeout;
        this.http = http;
        this.json = json;
    }

    @Override
    public DeliveryOutcome deliver(RoutedReport report) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", report.getReportId())
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        json.writeValueAsBytes(CaseReportMapper.toDocument(report))))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CaseSystemUnavailableException(
                    "case-management system of " + municipalityCode + " not reachable: "
                            + e.getClass().getSimpleName(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseSystemUnavailableException("interrupted delivering to " + municipalityCode, e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return new DeliveryOutcome.Acknowledged(field(response.body(), "systemReference"), false);
        }
        if (status == 409) {
            return new DeliveryOutcome.Acknowledged(field(response.body(), "systemReference"), true);
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw new CaseSystemUnavailableException(
                    "case-management system of " + municipalityCode + " answered " + status);
        }
        String code = field(response.body(), "code");
        return new DeliveryOutcome.Refused(status, code == null ? "http_" + status : code);
    }

    private String field(String body, String name) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode value = json.readTree(body).path(name);
            return value.isString() && !value.asString().isBlank() ? value.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
