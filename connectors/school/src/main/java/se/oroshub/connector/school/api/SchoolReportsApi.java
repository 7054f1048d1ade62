package se.oroshub.connector.school.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.school.report.SchoolReport;
import se.oroshub.connector.school.report.SchoolReportMapper;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.NotFoundException;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.schemas.avro.Receipt;

/**
 * The school's JSON API. Every answer concerns the signed-in user's school only; errors are RFC 9457 problem details
 * with a stable code and one entry per rejected field.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reports", description = "File concern reports and follow their receipts and permitted decisions")
@SecurityRequirement(name = "bearer")
public class SchoolReportsApi {

    private final IntakePublisher intake;
    private final FeedbackInbox inbox;
    private final CurrentOrganisation currentOrganisation;
    private final SchoolReportMapper mapper;

    public SchoolReportsApi(
            IntakePublisher intake,
            FeedbackInbox inbox,
            CurrentOrganisation currentOrganisation,
            SchoolReportMapper mapper) {
        this.intake = intake;
        this.inbox = inbox;
        this.currentOrganisation = currentOrganisation;
        this.mapper = mapper;
    }

    @Operation(
            summary = "File a concern report",
            description =
                    "Accepted only once the hub's intake durably acknowledged it; the receipt names the report id,"
                            + " the time of acceptance and the SHA-256 digest of exactly what was accepted.")
    @ApiResponse(responseCode = "201", description = "Accepted; the receipt")
    @ApiResponse(
            responseCode = "400",
            description = "Rejected; each field and reason in 'errors'",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "503",
            description = "NOT accepted (no acknowledgement in time); retry after Retry-After",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ReceiptResponse> submit(@RequestBody SchoolReport report) {
        OrganisationUser user = currentOrganisation.require();
        Receipt receipt = intake.submit(mapper.toConcernReport(report, user));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + receipt.getReportId() + "/receipt"))
                .body(ReceiptResponse.of(receipt));
    }

    @Operation(summary = "The receipt of one of the school's reports")
    @ApiResponse(responseCode = "200", description = "The receipt")
    @ApiResponse(
            responseCode = "404",
            description = "No such report of this school",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{reportId}/receipt")
    public ReceiptResponse receipt(@PathVariable String reportId) {
        return inbox.reportOf(currentOrganisation.requireId(), reportId)
                .map(view -> ReceiptResponse.of(view.receipt()))
                .orElseThrow(() -> new NotFoundException("no report " + reportId + " of this school"));
    }

    @Operation(
            summary = "The school's reports",
            description =
                    "Each with its receipt and, when social services gave it and did not withhold it, the decision"
                            + " (OPENED, NOT_OPENED or ALREADY_ONGOING). Newest first.")
    @GetMapping
    public List<ReportStatusResponse> reports() {
        return inbox.reportsOf(currentOrganisation.requireId()).stream()
                .map(ReportStatusResponse::of)
                .toList();
    }
}
