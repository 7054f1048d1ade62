package se.oroshub.connector.healthcare.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.oroshub.connector.healthcare.fhir.FhirCodec;
import se.oroshub.connector.healthcare.fhir.FhirFormat;
import se.oroshub.connector.healthcare.fhir.Issue;
import se.oroshub.connector.healthcare.fhir.OperationOutcomes;
import se.oroshub.connector.healthcare.intake.ConcernReportTranslator;
import se.oroshub.connector.healthcare.intake.ReceiptCommunications;
import se.oroshub.connector.healthcare.intake.Translation;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.FieldError;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;

/**
 * Accepts concern reports as FHIR R4: {@code POST /fhir/Bundle} (a message, collection or transaction Bundle) and
 * {@code POST /fhir/Communication} (with the other resources contained), in JSON or XML. Answers 201 with the receipt
 * as the created {@code Communication}, 400 (unreadable) or 422 (invalid) with an {@code OperationOutcome} naming every
 * problem, 403 when the sending organisation is not the caller's, 503 when the hub did not acknowledge the report.
 */
@RestController
@RequestMapping("/fhir")
class FhirIntakeController {

    private static final Logger log = LoggerFactory.getLogger(FhirIntakeController.class);

    private final FhirHttp http;
    private final ConcernReportTranslator translator;
    private final IntakePublisher intake;
    private final FeedbackInbox inbox;
    private final CurrentOrganisation currentOrganisation;

    FhirIntakeController(
            FhirHttp http,
            ConcernReportTranslator translator,
            IntakePublisher intake,
            FeedbackInbox inbox,
            CurrentOrganisation currentOrganisation) {
        this.http = http;
        this.translator = translator;
        this.intake = intake;
        this.inbox = inbox;
        this.currentOrganisation = currentOrganisation;
    }

    @PostMapping("/Bundle")
    ResponseEntity<String> postBundle(
            @RequestBody(required = false) String body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return submit("Bundle", body, contentType, accept);
    }

    @PostMapping("/Communication")
    ResponseEntity<String> postCommunication(
            @RequestBody(required = false) String body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return submit("Communication", body, contentType, accept);
    }

    /** The receipt of one of the caller's organisation's reports; 404 for any other report. */
    @GetMapping("/Communication/{reportId}")
    ResponseEntity<String> receipt(
            @PathVariable String reportId, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FhirFormat format = FhirHttp.responseFormat(accept, FhirFormat.JSON);
        return inbox.reportOf(currentOrganisation.requireId(), reportId)
                .map(view -> http.respond(HttpStatus.OK, ReceiptCommunications.communicationOf(view.receipt()), format))
                .orElseGet(() -> http.respond(
                        HttpStatus.NOT_FOUND,
                        OperationOutcomes.error(
                                "not_found",
                                IssueType.NOTFOUND,
                                "No report with this id among your organisation's reports."),
                        format));
    }

    private ResponseEntity<String> submit(String expectedType, String body, String contentType, String accept) {
        Optional<FhirFormat> requestFormat = FhirHttp.requestFormat(contentType);
        FhirFormat responseFormat = FhirHttp.responseFormat(accept, requestFormat.orElse(FhirFormat.JSON));
        if (requestFormat.isEmpty()) {
            return http.respond(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    OperationOutcomes.error(
                            "unsupported_media_type",
                            IssueType.NOTSUPPORTED,
                            "Send " + FhirFormat.JSON_VALUE + " or " + FhirFormat.XML_VALUE + "."),
                    responseFormat);
        }
        OrganisationId caller = currentOrganisation.requireId();
        FhirCodec.Parsed parsed = http.codec().parse(body, requestFormat.get());
        List<Issue> issues = new ArrayList<>(parsed.issues());
        if (parsed.resource().isEmpty()) {
            return rejected(issues, responseFormat);
        }
        IBaseResource resource = parsed.resource().get();
        if (!expectedType.equals(resource.fhirType())) {
            issues.add(Issue.at(
                    resource.fhirType(),
                    "unexpected_resource_type",
                    IssueType.STRUCTURE,
                    "POST /fhir/" + expectedType + " takes a " + expectedType + ", but the body is a "
                            + resource.fhirType() + "."));
            return rejected(issues, responseFormat);
        }
        Translation translation = translator.translate(resource);
        if (translation instanceof Translation.Rejected rejected) {
            issues.addAll(rejected.issues());
        }
        if (!issues.isEmpty()) {
            return rejected(issues, responseFormat);
        }
        Translation.Accepted accepted = (Translation.Accepted) translation;
        ConcernReport report = accepted.report();
        OrganisationId sender = report.getReporter().getOrganisation().getId();
        if (!sender.equals(caller)) {
            return http.respond(
                    HttpStatus.FORBIDDEN,
                    OperationOutcomes.errors(List.of(Issue.at(
                            accepted.paths().of("reporter.organisation.id").orElse(expectedType),
                            "organisation_mismatch",
                            IssueType.FORBIDDEN,
                            "You may only send reports for your own organisation; the sending "
                                    + "Organization's HSA id is not the one you signed in for."))),
                    responseFormat);
        }
        Receipt receipt;
        try {
            receipt = intake.submit(report);
        } catch (SubmissionRejectedException e) {
            List<Issue> refused =
                    e.errors().stream().map(error -> issueOf(error, accepted)).toList();
            return rejected(refused, responseFormat);
        }
        log.info("FHIR report {} accepted", receipt.getReportId());
        HttpHeaders headers = new HttpHeaders();
        headers.setLocation(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/fhir/Communication/{id}")
                .buildAndExpand(receipt.getReportId())
                .toUri());
        return http.respond(
                HttpStatus.CREATED, ReceiptCommunications.communicationOf(receipt), responseFormat, headers);
    }

    private static Issue issueOf(FieldError error, Translation.Accepted accepted) {
        IssueType type = switch (error.code()) {
            case MISSING_FIELD, ANONYMOUS_MANDATORY_REPORTER, MISSING_REPORTING_ORGANISATION, NO_OBSERVATIONS ->
                IssueType.REQUIRED;
            case CONFLICTING_DUPLICATE -> IssueType.DUPLICATE;
            default -> IssueType.VALUE;
        };
        String message = error.message().endsWith(".") ? error.message() : error.message() + ".";
        return Issue.at(
                accepted.paths().of(error.field()).orElse(error.field()),
                error.code().code(),
                type,
                "The field '" + error.field() + "' " + message);
    }

    private ResponseEntity<String> rejected(List<Issue> issues, FhirFormat format) {
        boolean structural = issues.stream().anyMatch(Issue::isStructural);
        return http.respond(
                structural ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
                OperationOutcomes.errors(issues),
                format);
    }
}
