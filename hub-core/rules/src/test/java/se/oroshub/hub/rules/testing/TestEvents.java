package se.oroshub.hub.rules.testing;

import java.time.Instant;
import java.time.LocalDate;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.TransferredToMunicipality;
import se.oroshub.schemas.time.SwedishTime;

/** Status events for tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static CaseStatusEvent event(String eventId, String reportId, String municipality, Instant at, Object payload) {
        return CaseStatusEvent.newBuilder()
                .setEventId(eventId)
                .setReportId(reportId)
                .setMunicipalityCode(municipality)
                .setOccurredAt(at)
                .setPayload(payload)
                .build();
    }

    public static CaseStatusEvent received(String reportId, String municipality, Instant at) {
        return event("received-" + at.toEpochMilli(), reportId, municipality, at,
                ReportReceived.newBuilder().setSystemReference("DNR-2026-00412").build());
    }

    public static CaseStatusEvent protectiveAssessment(String reportId, String municipality, Instant at) {
        return event("protective-" + at.toEpochMilli(), reportId, municipality, at,
                ProtectiveAssessmentMade.newBuilder().setImmediateProtectionNeeded(true).build());
    }

    public static CaseStatusEvent decision(String reportId, String municipality, Instant at, InvestigationDecision decision,
            boolean withhold) {
        return event("decision-" + at.toEpochMilli(), reportId, municipality, at, decisionPayload(decision,
                at.atZone(SwedishTime.ZONE).toLocalDate(), withhold));
    }

    public static InvestigationDecisionMade decisionPayload(InvestigationDecision decision, LocalDate on, boolean withhold) {
        return InvestigationDecisionMade.newBuilder().setDecision(decision).setDecisionDate(on)
                .setWithholdFeedback(withhold).build();
    }

    public static CaseStatusEvent closed(String reportId, String municipality, Instant at) {
        return event("closed-" + at.toEpochMilli(), reportId, municipality, at,
                InvestigationClosed.newBuilder().setClosedOn(at.atZone(SwedishTime.ZONE).toLocalDate()).build());
    }

    public static CaseStatusEvent transferred(String reportId, String from, String to, Instant at) {
        return event("transfer-" + at.toEpochMilli(), reportId, from, at, TransferredToMunicipality.newBuilder()
                .setToMunicipalityCode(to).setTransferredOn(at.atZone(SwedishTime.ZONE).toLocalDate()).build());
    }

    public static CaseStatusEvent officerChanged(String reportId, String municipality, Instant at) {
        return event("officer-" + at.toEpochMilli(), reportId, municipality, at, CaseOfficerChanged.newBuilder()
                .setCaseOfficerRef("handlaggare-17").setTookOverOn(at.atZone(SwedishTime.ZONE).toLocalDate()).build());
    }
}
