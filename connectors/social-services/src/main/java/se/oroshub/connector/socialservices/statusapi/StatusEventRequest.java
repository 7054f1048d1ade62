package se.oroshub.connector.socialservices.statusapi;

/**
 * The JSON body of {@code POST /api/v1/status-events}: one status event from a case-management system. Common fields
 * first, then the fields of each {@link StatusEventType}; a field that does not belong to the event's type is
 * rejected, so nothing but the contract's fields can travel.
 *
 * <pre>
 * {"eventId": "0b8e...", "reportId": "6f1c...", "municipalityCode": "1480", "occurredAt": "2026-11-23T09:30:00Z",
 *  "type": "INVESTIGATION_DECISION_MADE", "decision": "OPENED", "decisionDate": "2026-11-23", "withholdFeedback": false}
 * </pre>
 *
 * @param eventId                   required: a UUID the sender chooses once per event and sends again with every retry
 *                                  of it, the idempotence key (a request without one is refused, so a retried request
 *                                  can never become a second event); {@code REPORT_RECEIVED} is recorded under the
 *                                  report's own fixed id, so one acknowledgement per report is kept
 * @param reportId                  the hub's report id (UUID)
 * @param municipalityCode          the sender's municipality; must be the signed-in system's own
 * @param occurredAt                ISO-8601 instant; now when absent
 * @param type                      the event type
 * @param systemReference           REPORT_RECEIVED: the system's case or diary number (optional)
 * @param immediateProtectionNeeded PROTECTIVE_ASSESSMENT_MADE: the assessment's outcome
 * @param decision                  INVESTIGATION_DECISION_MADE: OPENED, NOT_OPENED or ALREADY_ONGOING
 * @param decisionDate              INVESTIGATION_DECISION_MADE: ISO-8601 date
 * @param withholdFeedback          INVESTIGATION_DECISION_MADE: do not tell the reporter (default false)
 * @param closedOn                  INVESTIGATION_CLOSED: ISO-8601 date
 * @param toMunicipalityCode        TRANSFERRED_TO_MUNICIPALITY: the receiving municipality
 * @param transferredOn             TRANSFERRED_TO_MUNICIPALITY: ISO-8601 date
 * @param caseOfficerRef            CASE_OFFICER_CHANGED: internal reference of the new officer
 * @param tookOverOn                CASE_OFFICER_CHANGED: ISO-8601 date the new officer took over
 */
public record StatusEventRequest(
        String eventId,
        String reportId,
        String municipalityCode,
        String occurredAt,
        String type,
        String systemReference,
        Boolean immediateProtectionNeeded,
        String decision,
        String decisionDate,
        Boolean withholdFeedback,
        String closedOn,
        String toMunicipalityCode,
        String transferredOn,
        String caseOfficerRef,
        String tookOverOn) {}
