package se.oroshub.casemanagement;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The receiving side of the delivery contract ({@code POST /api/v1/concern-reports}): registers the report once per
 * {@code Idempotency-Key} and answers with the system's reference; 201 the first time, 409 with the same reference
 * afterwards.
 */
@RestController
@RequestMapping("/api/v1/concern-reports")
class ConcernReportApi {

    private static final Logger log = LoggerFactory.getLogger(ConcernReportApi.class);

    /** The answer to a delivery: which report, the system's reference, and when it was registered. */
    record Acknowledgement(String reportId, String systemReference, Instant receivedAt) {

        static Acknowledgement of(ReceivedReport report) {
            return new Acknowledgement(report.reportId(), report.systemReference(), report.receivedAt());
        }
    }

    /** A summary for listing; the content stays in {@code GET /{reportId}}. */
    record Summary(String reportId, String systemReference, Instant receivedAt, boolean acute, List<String> sentEvents) {
    }

    private final ReceivedReports reports;
    private final BehaviourSwitch behaviour;
    private final ApiCredentials credentials;

    ConcernReportApi(ReceivedReports reports, BehaviourSwitch behaviour, ApiCredentials credentials) {
        this.reports = reports;
        this.behaviour = behaviour;
        this.credentials = credentials;
    }

    @PostMapping
    ResponseEntity<?> receive(@RequestHeader(value = "Authorization", required = false) String authorization,
                              @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
                              @RequestBody JsonNode body) throws InterruptedException {
        if (!credentials.accepts(authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Missing or wrong credentials.");
        }
        Behaviour now = behaviour.next();
        switch (now.mode()) {
            case FAILING -> {
                return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The system is unavailable (simulated).");
            }
            case REJECTING -> {
                return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rejected", "The report was rejected (simulated).");
            }
            case SLOW -> Thread.sleep(now.delay().toMillis());
            case NORMAL -> { }
        }
        String reportId = body.path("reportId").asString("");
        if (reportId.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "missing_report_id", "The body has no reportId.");
        }
        if (idempotencyKey == null || !idempotencyKey.equals(reportId)) {
            return problem(HttpStatus.BAD_REQUEST, "idempotency_key_mismatch",
                    "The Idempotency-Key header must equal the reportId.");
        }
        ReceivedReports.Registration registration = reports.register(reportId, body);
        Acknowledgement ack = Acknowledgement.of(registration.report());
        if (registration.duplicate()) {
            log.info("Report {} delivered again; already registered as {}", reportId, ack.systemReference());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ack);
        }
        log.info("Report {} registered as {}", reportId, ack.systemReference());
        return ResponseEntity.created(URI.create("/api/v1/concern-reports/" + reportId)).body(ack);
    }

    @GetMapping
    ResponseEntity<?> list(@RequestHeader(value = "Authorization", required = false) String authorization) {
        if (!credentials.accepts(authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Missing or wrong credentials.");
        }
        return ResponseEntity.ok(reports.all().stream()
                .map(r -> new Summary(r.reportId(), r.systemReference(), r.receivedAt(), r.acute(), r.sentEventsSnapshot()))
                .toList());
    }

    @GetMapping("/{reportId}")
    ResponseEntity<?> get(@RequestHeader(value = "Authorization", required = false) String authorization,
                          @PathVariable String reportId) {
        if (!credentials.accepts(authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Missing or wrong credentials.");
        }
        return reports.find(reportId)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(Map.of(
                        "acknowledgement", Acknowledgement.of(r), "report", r.body())))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "unknown_report", "No such report."));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
