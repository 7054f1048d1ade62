package se.oroshub.connector.police.http;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.oroshub.connector.police.intake.FeedbackRepresentation;
import se.oroshub.connector.police.intake.ReceiptRepresentation;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.NotFoundException;

/**
 * What the signed-in police unit may see of its own reports, as XML:
 *
 * <ul>
 *   <li>{@code GET /api/v1/reports/{reportId}/receipt}: the receipt ({@code police-receipt-1.xsd}); 404 when the
 *       report is unknown or another unit's, the same answer in both cases;</li>
 *   <li>{@code GET /api/v1/reports}: the unit's reports, newest first, each with its receipt and, when social services
 *       gave it and did not withhold it, the decision and its date ({@code police-feedback-1.xsd}).</li>
 * </ul>
 *
 * <p>The unit is always the signed-in caller's, never taken from the request: the feedback is secret at the
 * reporter's organisation too.
 */
@RestController
@RequestMapping(
        path = "/api/v1/reports",
        produces = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
public class ReportsController {

    private final FeedbackInbox inbox;
    private final CurrentOrganisation currentOrganisation;

    public ReportsController(FeedbackInbox inbox, CurrentOrganisation currentOrganisation) {
        this.inbox = inbox;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/{reportId}/receipt")
    public ResponseEntity<String> receipt(@PathVariable String reportId) {
        return inbox.reportOf(currentOrganisation.requireId(), reportId)
                .map(report -> xml(ReceiptRepresentation.of(report.receipt()).toXml()))
                .orElseThrow(() -> new NotFoundException("No report with this id among your unit's reports."));
    }

    @GetMapping
    public ResponseEntity<String> reports() {
        return xml(FeedbackRepresentation.reports(inbox.reportsOf(currentOrganisation.requireId())));
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
    }
}
