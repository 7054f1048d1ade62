package se.oroshub.connector.socialservices.statusapi;

import java.util.Set;

/** The status event types of the HTTP contract, one per payload of the contract's {@code CaseStatusEvent}. */
public enum StatusEventType {
    REPORT_RECEIVED(Set.of("systemReference")),
    PROTECTIVE_ASSESSMENT_MADE(Set.of("immediateProtectionNeeded")),
    INVESTIGATION_DECISION_MADE(Set.of("decision", "decisionDate", "withholdFeedback")),
    INVESTIGATION_CLOSED(Set.of("closedOn")),
    TRANSFERRED_TO_MUNICIPALITY(Set.of("toMunicipalityCode", "transferredOn")),
    CASE_OFFICER_CHANGED(Set.of("caseOfficerRef", "tookOverOn"));

    private final Set<String> fields;

    StatusEventType(Set<String> fields) {
        this.fields = fields;
    }

    /** The type-specific fields this type may carry. */
    public Set<String> fields() {
        return fields;
    }
}
