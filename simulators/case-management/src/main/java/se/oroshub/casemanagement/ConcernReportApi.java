package se.oroshub.casemanagement;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery contract over the simulator's web server: {@code POST /api/v1/concern-reports} is answered by the
 * {@link DeliveryDesk}; {@code GET} lists what was received, or shows one report with its acknowledgement.
 */
@RestController
@RequestMapping("/api/v1/concern-reports")
class ConcernReportApi {

    private static final Logger log = LoggerFactory.getLogger(ConcernReportApi.class);

    /** The acknowledgement of a registered report: which report, the system's reference, and when. */
    record Acknowledgement(String reportId, String systemReference, Instant receivedAt) {

        static Acknowledgement of(ReceivedReport report) {
            return new Acknowledgement(report.reportId(), report.systemReference(), report.receivedAt());
        }
    }

    /** A summary for listing; the content stays in {@code GET /{reportId}}. */
    record Summary(
            String reportId, String systemReference, Instant receivedAt, boolean acute, List<String> sentEvents) {}

    private final DeliveryDesk desk;
    private final ReceivedReports reports;
    private final ApiCredentials credentials;

    ConcernReportApi(DeliveryDesk desk, ReceivedReports reports, ApiCredentials credentials) {
        this.desk = desk;
        this.reports = reports;
        this.credentials = credentials;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> receive(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) String body)
            throws InterruptedException {
        DeliveryDesk.Answer answer = desk.receive(authorization, idempotencyKey, body);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .contentType(answer.problem() ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON);
        if (answer.status() == HttpStatus.CREATED.value()) {
            log.info(
                    "Report {} registered as {}",
                    answer.body().get("reportId"),
                    answer.body().get("systemReference"));
            response.location(
                    URI.create("/api/v1/concern-reports/" + answer.body().get("reportId")));
        } else if (answer.status() == HttpStatus.CONFLICT.value()) {
            log.info(
                    "Report {} delivered again; already registered as {}",
                    answer.body().get("reportId"),
                    answer.body().get("systemReference"));
        }
        return response.body(answer.body());
    }

    @GetMapping
    ResponseEntity<?> list(@RequestHeader(value = "Authorization", required = false) String authorization) {
        if (!credentials.accepts(authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Missing or wrong credentials.");
        }
        return ResponseEntity.ok(reports.all().stream()
                .map(r -> new Summary(
                        r.reportId(), r.systemReference(), r.receivedAt(), r.acute(), r.sentEventsSnapshot()))
                .toList());
    }

    @GetMapping("/{reportId}")
    ResponseEntity<?> get(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @PathVariable String reportId) {
        if (!credentials.accepts(authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Missing or wrong credentials.");
        }
        return reports.find(reportId)
                .<ResponseEntity<?>>map(
                        r -> ResponseEntity.ok(Map.of("acknowledgement", Acknowledgement.of(r), "report", r.body())))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "unknown_report", "No such report."));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
