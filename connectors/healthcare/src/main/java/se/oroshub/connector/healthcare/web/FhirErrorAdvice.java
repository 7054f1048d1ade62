package se.oroshub.connector.healthcare.web;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.oroshub.connector.healthcare.fhir.FhirFormat;
import se.oroshub.connector.healthcare.fhir.OperationOutcomes;
import se.oroshub.connector.support.IntakeUnavailableException;

/** Renders the errors of the FHIR endpoints as {@code OperationOutcome}s instead of the support module's problem details. */
@RestControllerAdvice(
        assignableTypes = {FhirIntakeController.class, FhirFeedbackController.class, FhirMetadataController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(FhirErrorAdvice.class);

    private final FhirHttp http;

    FhirErrorAdvice(FhirHttp http) {
        this.http = http;
    }

    @ExceptionHandler(IntakeUnavailableException.class)
    ResponseEntity<String> intakeUnavailable(IntakeUnavailableException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(
                HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        return http.respond(
                HttpStatus.SERVICE_UNAVAILABLE,
                OperationOutcomes.error(
                        "intake_unavailable",
                        IssueType.TRANSIENT,
                        "The report was NOT accepted: the hub did not confirm it in time. "
                                + "Send the same report again later."),
                FhirFormat.JSON,
                headers);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> accessDenied(AccessDeniedException e) {
        return http.respond(
                HttpStatus.FORBIDDEN,
                OperationOutcomes.error(
                        "access_denied",
                        IssueType.FORBIDDEN,
                        "The signed-in user does not act for an organisation this connector reports for."),
                FhirFormat.JSON);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e) {
        log.error("FHIR request failed: {}", e.getClass().getName());
        return http.respond(
                HttpStatus.INTERNAL_SERVER_ERROR,
                OperationOutcomes.error(
                        "internal_error",
                        IssueType.EXCEPTION,
                        "The request could not be processed. Nothing was accepted."),
                FhirFormat.JSON);
    }
}
