package se.oroshub.connector.police.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.oroshub.connector.police.intake.DocumentIntake;
import se.oroshub.connector.police.intake.DocumentProblem;
import se.oroshub.connector.police.intake.IntakeOutcome;
import se.oroshub.connector.police.intake.MaxDocumentSize;
import se.oroshub.connector.police.intake.PublishingDocumentIntake;
import se.oroshub.connector.police.intake.ReceiptRepresentation;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.ProblemDetailsAdvice;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * {@code POST /api/v1/documents}: a police concern-report document ({@code application/xml}) in, a receipt out.
 *
 * <ul>
 *   <li>201 with the receipt (JSON, or XML when the caller accepts {@code application/xml} before JSON), once the
 *       broker has durably acknowledged the report; {@code Location} names where the receipt can be fetched again
 *       ({@code GET /api/v1/reports/{reportId}/receipt}, {@link ReportsController});</li>
 *   <li>400 problem details whose {@code errors} name every schema violation (element, line, column, code, message) and
 *       every contract problem (element, code, message), never a value from the document;</li>
 *   <li>403 when the document names a police unit the signed-in caller does not act for;</li>
 *   <li>503 with {@code Retry-After} when the broker did not acknowledge: the report was not accepted, send the same
 *       document again.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/v1/documents")
public class DocumentController {

    private final DocumentIntake intake;
    private final CurrentOrganisation currentOrganisation;
    private final Clock clock;
    private final long maxDocumentBytes;

    public DocumentController(
            DocumentIntake intake,
            CurrentOrganisation currentOrganisation,
            MaxDocumentSize maxDocumentSize,
            Clock clock) {
        this.intake = intake;
        this.currentOrganisation = currentOrganisation;
        this.clock = clock;
        this.maxDocumentBytes = maxDocumentSize.bytes();
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<?> submit(
            InputStream body, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException {
        OrganisationId sender = currentOrganisation.requireId();
        byte[] document = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        IntakeOutcome outcome = document.length > maxDocumentBytes
                ? new IntakeOutcome.Rejected(List.of(PublishingDocumentIntake.tooLarge(maxDocumentBytes)))
                : intake.submit(document, Optional.of(sender), clock.instant());

        if (outcome instanceof IntakeOutcome.Accepted accepted) {
            ReceiptRepresentation receipt = ReceiptRepresentation.of(accepted.receipt());
            ResponseEntity.BodyBuilder created =
                    ResponseEntity.created(URI.create("/api/v1/reports/" + receipt.reportId() + "/receipt"));
            return prefersXml(accept)
                    ? created.contentType(MediaType.APPLICATION_XML).body(receipt.toXml())
                    : created.contentType(MediaType.APPLICATION_JSON).body(receipt);
        }
        if (outcome instanceof IntakeOutcome.Rejected rejected) {
            ProblemDetail problem = ProblemDetailsAdvice.problemDetail(
                    HttpStatus.BAD_REQUEST,
                    ProblemDetailsAdvice.SUBMISSION_REJECTED,
                    "Document rejected",
                    rejected.problems().size() + (rejected.problems().size() == 1 ? " problem" : " problems")
                            + " in the document; nothing was accepted",
                    List.of());
            problem.setProperty(
                    "errors",
                    rejected.problems().stream().map(DocumentController::error).toList());
            return problem(HttpStatus.BAD_REQUEST, problem, HttpHeaders.EMPTY);
        }
        if (outcome instanceof IntakeOutcome.Unavailable unavailable) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, unavailable.retryAfter().toSeconds())));
            return problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemDetailsAdvice.problemDetail(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            ErrorCode.INTAKE_UNAVAILABLE.code(),
                            "Report not accepted",
                            "The report was NOT accepted: the intake did not confirm it in time. Send the same document again"
                                    + " later.",
                            List.of()),
                    headers);
        }
        return problem(
                HttpStatus.FORBIDDEN,
                ProblemDetailsAdvice.problemDetail(
                        HttpStatus.FORBIDDEN,
                        ErrorCode.ACCESS_DENIED.code(),
                        "Access denied",
                        "The document names a police unit the signed-in caller does not send for.",
                        List.of()),
                HttpHeaders.EMPTY);
    }

    private static Map<String, Object> error(DocumentProblem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", problem.element());
        error.put("code", problem.code());
        error.put("message", problem.message());
        if (problem.hasPosition()) {
            error.put("line", problem.line());
            error.put("column", problem.column());
        }
        return error;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ProblemDetail body, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /** Whether the caller ranks XML above JSON; JSON when it does not say. */
    static boolean prefersXml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return false;
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML)) {
                return true;
            }
        }
        return false;
    }
}
