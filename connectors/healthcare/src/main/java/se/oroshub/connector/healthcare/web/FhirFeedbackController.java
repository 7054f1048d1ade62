package se.oroshub.connector.healthcare.web;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.oroshub.connector.healthcare.feedback.FeedbackTasks;
import se.oroshub.connector.healthcare.fhir.FhirFormat;
import se.oroshub.connector.healthcare.fhir.OperationOutcomes;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * The lawful feedback as FHIR {@code Task}s: {@code GET /fhir/Task/{reportId}}, {@code GET /fhir/Task?focus=
 * Communication/{reportId}} and {@code GET /fhir/Task} (all of the caller's organisation's reports).
 *
 * <p>Feedback is secret at the reporter's organisation too (prop. 2025/26:12): the organisation is always the signed-in
 * caller's, never taken from the request, and another organisation's report answers exactly as a report that does not
 * exist (404, or an empty search result).
 */
@RestController
@RequestMapping("/fhir/Task")
class FhirFeedbackController {

    private static final String FOCUS_PREFIX = "Communication/";

    private final FhirHttp http;
    private final FeedbackInbox inbox;
    private final CurrentOrganisation currentOrganisation;

    FhirFeedbackController(FhirHttp http, FeedbackInbox inbox, CurrentOrganisation currentOrganisation) {
        this.http = http;
        this.inbox = inbox;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/{reportId}")
    ResponseEntity<String> read(
            @PathVariable String reportId, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FhirFormat format = FhirHttp.responseFormat(accept, FhirFormat.JSON);
        return inbox.reportOf(currentOrganisation.requireId(), reportId)
                .map(view -> http.respond(HttpStatus.OK, FeedbackTasks.taskOf(view), format))
                .orElseGet(() -> http.respond(
                        HttpStatus.NOT_FOUND,
                        OperationOutcomes.error(
                                "not_found",
                                IssueType.NOTFOUND,
                                "No report with this id among your organisation's reports."),
                        format));
    }

    @GetMapping
    ResponseEntity<String> search(
            @RequestParam(required = false) String focus,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FhirFormat format = FhirHttp.responseFormat(accept, FhirFormat.JSON);
        OrganisationId organisation = currentOrganisation.requireId();
        List<ReportStatusView> views;
        if (focus == null) {
            views = inbox.reportsOf(organisation);
        } else if (focus.startsWith(FOCUS_PREFIX) && focus.length() > FOCUS_PREFIX.length()) {
            Optional<ReportStatusView> one = inbox.reportOf(organisation, focus.substring(FOCUS_PREFIX.length()));
            views = one.stream().toList();
        } else {
            return http.respond(
                    HttpStatus.BAD_REQUEST,
                    OperationOutcomes.error(
                            "unsupported_search_parameter",
                            IssueType.NOTSUPPORTED,
                            "Search Tasks by focus=Communication/{report id}."),
                    format);
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(views.size());
        for (ReportStatusView view : views) {
            bundle.addEntry()
                    .setFullUrl("Task/" + view.reportId())
                    .setResource(FeedbackTasks.taskOf(view))
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return http.respond(HttpStatus.OK, bundle, format);
    }
}
