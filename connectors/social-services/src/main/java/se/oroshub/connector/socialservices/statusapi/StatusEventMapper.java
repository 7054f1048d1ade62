package se.oroshub.connector.socialservices.statusapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.TransferredToMunicipality;
import se.oroshub.schemas.reference.MunicipalityCodes;

/**
 * Validates a {@link StatusEventRequest} and maps it to the contract's {@link CaseStatusEvent}. Every problem is
 * reported, each as a {@link FieldError} naming the field and a stable code; messages never repeat the value.
 */
public final class StatusEventMapper {

    /** How far in the future an {@code occurredAt} may lie (clock skew between systems). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final int MAX_TEXT = 100;

    private final MunicipalityCodes municipalities;
    private final Clock clock;

    public StatusEventMapper(MunicipalityCodes municipalities, Clock clock) {
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /**
     * The event the request describes.
     *
     * @throws SubmissionRejectedException listing every rejected field
     */
    public CaseStatusEvent toEvent(StatusEventRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        String reportId = uuid(request.reportId(), "reportId", true, errors);
        String eventId = uuid(request.eventId(), "eventId", true, errors);
        String municipality = municipality(request.municipalityCode(), "municipalityCode", errors);
        Instant occurredAt = instant(request.occurredAt(), now, errors);
        StatusEventType type = type(request.type(), errors);
        Object payload = type == null ? null : payload(type, request, municipality, errors);
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException(errors);
        }
        return CaseStatusEvent.newBuilder()
                .setEventId(type == StatusEventType.REPORT_RECEIVED ? StatusEvents.receivedEventId(reportId) : eventId)
                .setReportId(reportId)
                .setMunicipalityCode(municipality)
                .setOccurredAt(occurredAt)
                .setPayload(payload)
                .build();
    }

    private Object payload(StatusEventType type, StatusEventRequest r, String municipality, List<FieldError> errors) {
        typeSpecificFields(r).forEach((field, value) -> {
            if (value != null && !type.fields().contains(field)) {
                errors.add(new FieldError(field, ErrorCode.INVALID_FIELD, "Not a field of type " + type.name() + "."));
            }
        });
        return switch (type) {
            case REPORT_RECEIVED ->
                ReportReceived.newBuilder()
                        .setSystemReference(text(r.systemReference(), "systemReference", false, errors))
                        .build();
            case PROTECTIVE_ASSESSMENT_MADE -> {
                if (r.immediateProtectionNeeded() == null) {
                    errors.add(missing("immediateProtectionNeeded"));
                    yield null;
                }
                yield ProtectiveAssessmentMade.newBuilder()
                        .setImmediateProtectionNeeded(r.immediateProtectionNeeded())
                        .build();
            }
            case INVESTIGATION_DECISION_MADE -> {
                InvestigationDecision decision = decision(r.decision(), errors);
                LocalDate date = date(r.decisionDate(), "decisionDate", errors);
                yield decision == null || date == null
                        ? null
                        : InvestigationDecisionMade.newBuilder()
                                .setDecision(decision)
                                .setDecisionDate(date)
                                .setWithholdFeedback(Boolean.TRUE.equals(r.withholdFeedback()))
                                .build();
            }
            case INVESTIGATION_CLOSED -> {
                LocalDate date = date(r.closedOn(), "closedOn", errors);
                yield date == null
                        ? null
                        : InvestigationClosed.newBuilder().setClosedOn(date).build();
            }
            case TRANSFERRED_TO_MUNICIPALITY -> {
                String to = municipality(r.toMunicipalityCode(), "toMunicipalityCode", errors);
                if (to != null && to.equals(municipality)) {
                    errors.add(new FieldError(
                            "toMunicipalityCode",
                            ErrorCode.INVALID_FIELD,
                            "A report is transferred to another municipality."));
                }
                LocalDate date = date(r.transferredOn(), "transferredOn", errors);
                yield to == null || date == null
                        ? null
                        : TransferredToMunicipality.newBuilder()
                                .setToMunicipalityCode(to)
                                .setTransferredOn(date)
                                .build();
            }
            case CASE_OFFICER_CHANGED -> {
                String ref = text(r.caseOfficerRef(), "caseOfficerRef", true, errors);
                LocalDate date = date(r.tookOverOn(), "tookOverOn", errors);
                yield ref == null || date == null
                        ? null
                        : CaseOfficerChanged.newBuilder()
                                .setCaseOfficerRef(ref)
                                .setTookOverOn(date)
                                .build();
            }
        };
    }

    private static Map<String, Object> typeSpecificFields(StatusEventRequest r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("systemReference", r.systemReference());
        fields.put("immediateProtectionNeeded", r.immediateProtectionNeeded());
        fields.put("decision", r.decision());
        fields.put("decisionDate", r.decisionDate());
        fields.put("withholdFeedback", r.withholdFeedback());
        fields.put("closedOn", r.closedOn());
        fields.put("toMunicipalityCode", r.toMunicipalityCode());
        fields.put("transferredOn", r.transferredOn());
        fields.put("caseOfficerRef", r.caseOfficerRef());
        fields.put("tookOverOn", r.tookOverOn());
        return fields;
    }

    private static String uuid(String value, String field, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(missing(field));
            }
            return null;
        }
        try {
            return UUID.fromString(value.trim()).toString();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, ErrorCode.INVALID_FIELD, "Must be a UUID."));
            return null;
        }
    }

    private String municipality(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(missing(field));
            return null;
        }
        if (!municipalities.isKnown(value.trim())) {
            errors.add(new FieldError(
                    field, ErrorCode.UNKNOWN_MUNICIPALITY, "Not an official four-digit municipality code."));
            return null;
        }
        return value.trim();
    }

    private Instant instant(String value, Instant now, List<FieldError> errors) {
        if (blank(value)) {
            return now;
        }
        try {
            Instant at = Instant.parse(value.trim());
            if (at.isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new FieldError("occurredAt", ErrorCode.INVALID_FIELD, "Lies in the future."));
            }
            return at;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(
                    "occurredAt", ErrorCode.INVALID_FIELD, "Must be an ISO-8601 instant, e.g. 2026-11-23T09:30:00Z."));
            return now;
        }
    }

    private static StatusEventType type(String value, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(missing("type"));
            return null;
        }
        try {
            return StatusEventType.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    "type",
                    ErrorCode.INVALID_FIELD,
                    "Must be one of " + Arrays.toString(StatusEventType.values()) + "."));
            return null;
        }
    }

    private static InvestigationDecision decision(String value, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(missing("decision"));
            return null;
        }
        try {
            return InvestigationDecision.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    "decision", ErrorCode.INVALID_FIELD, "Must be one of OPENED, NOT_OPENED, ALREADY_ONGOING."));
            return null;
        }
    }

    private LocalDate date(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(missing(field));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isAfter(LocalDate.now(clock).plusDays(1))) {
                errors.add(new FieldError(field, ErrorCode.INVALID_FIELD, "Lies in the future."));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, ErrorCode.INVALID_FIELD, "Must be an ISO-8601 date, e.g. 2026-11-23."));
            return null;
        }
    }

    private static String text(String value, String field, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(missing(field));
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, ErrorCode.INVALID_FIELD, "At most " + MAX_TEXT + " characters."));
            return null;
        }
        return value.trim();
    }

    private static FieldError missing(String field) {
        return new FieldError(field, ErrorCode.MISSING_FIELD, "Required.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
