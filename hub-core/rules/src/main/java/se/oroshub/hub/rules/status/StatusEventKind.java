package se.oroshub.hub.rules.status;

import java.util.Optional;
import se.oroshub.hub.rules.Codes;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.TransferredToMunicipality;

/** The kinds of status event (the members of the {@link CaseStatusEvent} payload union), with stable codes. */
public enum StatusEventKind {
    /** {@link ReportReceived}: the case system acknowledged receipt. */
    REPORT_RECEIVED,
    /** {@link ProtectiveAssessmentMade}. */
    PROTECTIVE_ASSESSMENT_MADE,
    /** {@link InvestigationDecisionMade}: opened, not opened or already ongoing. */
    INVESTIGATION_DECISION_MADE,
    /** {@link InvestigationClosed}. */
    INVESTIGATION_CLOSED,
    /** {@link TransferredToMunicipality}: responsibility moved to another municipality. */
    TRANSFERRED_TO_MUNICIPALITY,
    /** {@link CaseOfficerChanged}: a new case officer took over. */
    CASE_OFFICER_CHANGED;

    /** The kind of an event's payload; empty when the payload is absent or of no known kind. */
    public static Optional<StatusEventKind> of(CaseStatusEvent event) {
        return event == null ? Optional.empty() : ofPayload(event.getPayload());
    }

    /** The kind of a payload object; empty when absent or of no known kind. */
    public static Optional<StatusEventKind> ofPayload(Object payload) {
        if (payload instanceof ReportReceived) {
            return Optional.of(REPORT_RECEIVED);
        } else if (payload instanceof ProtectiveAssessmentMade) {
            return Optional.of(PROTECTIVE_ASSESSMENT_MADE);
        } else if (payload instanceof InvestigationDecisionMade) {
            return Optional.of(INVESTIGATION_DECISION_MADE);
        } else if (payload instanceof InvestigationClosed) {
            return Optional.of(INVESTIGATION_CLOSED);
        } else if (payload instanceof TransferredToMunicipality) {
            return Optional.of(TRANSFERRED_TO_MUNICIPALITY);
        } else if (payload instanceof CaseOfficerChanged) {
            return Optional.of(CASE_OFFICER_CHANGED);
        }
        return Optional.empty();
    }

    /** Stable snake_case code, e.g. {@code investigation_decision_made}. */
    public String code() {
        return Codes.of(this);
    }
}
