package se.oroshub.casemanagement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receiving side of the delivery contract ({@code POST /api/v1/concern-reports}), whatever HTTP server carries it:
 * checks the credentials (401), applies the current {@link Behaviour} (503 while failing, 422 while refusing, a pause
 * while slow), and registers the report once per {@code Idempotency-Key}, which must be the body's {@code reportId}:
 * 201 with the system's reference the first time, 409 with the same reference afterwards. The simulator's web
 * endpoint and the {@link EmbeddedCaseManagementSystem} both answer through it.
 */
public final class DeliveryDesk {

    /**
     * What to answer.
     *
     * @param status the HTTP status
     * @param body   the JSON body: the acknowledgement ({@code reportId}, {@code systemReference},
     *               {@code receivedAt}), or problem details with a stable {@code code}
     */
    public record Answer(int status, Map<String, Object> body) {

        /** Whether the body is problem details rather than an acknowledgement. */
        public boolean problem() {
            return status >= 400;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiCredentials credentials;
    private final BehaviourSwitch behaviour;
    private final ReceivedReports reports;
    private final AtomicInteger refused = new AtomicInteger();

    public DeliveryDesk(ApiCredentials credentials, BehaviourSwitch behaviour, ReceivedReports reports) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /**
     * Answers one delivery.
     *
     * @param authorization  the {@code Authorization} header, or null
     * @param idempotencyKey the {@code Idempotency-Key} header, or null
     * @param body           the request body
     * @throws InterruptedException when interrupted while slow
     */
    public Answer receive(String authorization, String idempotencyKey, String body) throws InterruptedException {
        if (!credentials.accepts(authorization)) {
            refused.incrementAndGet();
            return problem(401, "unauthenticated", "Missing or wrong credentials.");
        }
        Behaviour now = behaviour.next();
        switch (now.mode()) {
            case FAILING -> {
                return problem(503, "unavailable", "The system is unavailable (simulated).");
            }
            case REJECTING -> {
                return problem(422, "rejected", "The report was rejected (simulated).");
            }
            case SLOW -> Thread.sleep(now.delay().toMillis());
            case NORMAL -> {}
        }
        JsonNode report;
        try {
            report = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            return problem(400, "malformed_request", "The body is not JSON.");
        }
        String reportId = report == null ? "" : report.path("reportId").asString("");
        if (reportId.isBlank()) {
            return problem(400, "missing_report_id", "The body has no reportId.");
        }
        if (idempotencyKey == null || !idempotencyKey.equals(reportId)) {
            return problem(400, "idempotency_key_mismatch", "The Idempotency-Key header must equal the reportId.");
        }
        ReceivedReports.Registration registration = reports.register(reportId, report);
        ReceivedReport registered = registration.report();
        Map<String, Object> acknowledgement = new LinkedHashMap<>();
        acknowledgement.put("reportId", registered.reportId());
        acknowledgement.put("systemReference", registered.systemReference());
        acknowledgement.put("receivedAt", registered.receivedAt().toString());
        return new Answer(registration.duplicate() ? 409 : 201, acknowledgement);
    }

    /** Deliveries refused for missing or wrong credentials. */
    public int refusedDeliveries() {
        return refused.get();
    }

    private static Answer problem(int status, String code, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        return new Answer(status, problem);
    }
}
