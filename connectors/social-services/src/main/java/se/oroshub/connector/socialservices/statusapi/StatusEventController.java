package se.oroshub.connector.socialservices.statusapi;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.oroshub.connector.socialservices.events.EventPublishingException;
import se.oroshub.connector.socialservices.events.StatusEventRecorder;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.connector.support.ProblemDetailsAdvice;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.OrganisationIdScheme;

/**
 * {@code POST /api/v1/status-events}: a case-management system reports what social services did. HTTP Basic as a
 * user of the municipality ({@code organisation: {scheme: MUNICIPALITY_CODE, value: <code>}}); an event for another
 * municipality is refused with 403. Answers 202 once the event is durably on the status events topic, 400 with
 * field errors for bad input, 503 when the broker did not acknowledge (send the same event again).
 */
@RestController
@RequestMapping("/api/v1/status-events")
public class StatusEventController {

    /** The answer to an accepted event. */
    public record Accepted(String eventId, String reportId) {}

    private final StatusEventMapper mapper;
    private final StatusEventRecorder recorder;
    private final CurrentOrganisation currentOrganisation;
    private final ServedMunicipalities municipalities;

    public StatusEventController(
            StatusEventMapper mapper,
            StatusEventRecorder recorder,
            CurrentOrganisation currentOrganisation,
            ServedMunicipalities municipalities) {
        this.mapper = mapper;
        this.recorder = recorder;
        this.currentOrganisation = currentOrganisation;
        this.municipalities = municipalities;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Accepted> post(@RequestBody StatusEventRequest request) {
        OrganisationUser user = currentOrganisation.require();
        CaseStatusEvent event = mapper.toEvent(request);
        if (user.organisation().getScheme() != OrganisationIdScheme.MUNICIPALITY_CODE
                || !user.organisation().getValue().equals(event.getMunicipalityCode())
                || !municipalities.contains(event.getMunicipalityCode())) {
            throw new AccessDeniedException("status event for a municipality the caller does not act for");
        }
        recorder.record(event);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(event.getEventId(), event.getReportId()));
    }

    @ExceptionHandler(EventPublishingException.class)
    ResponseEntity<ProblemDetail> notPublished(EventPublishingException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetailsAdvice.problemDetail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        ErrorCode.INTAKE_UNAVAILABLE.code(),
                        "Event not recorded",
                        "The event was NOT recorded: the broker did not confirm it in time. Send the same event again.",
                        List.of()));
    }
}
