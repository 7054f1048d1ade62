package se.oroshub.hub.topology;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.Child;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.ReportingOrganisation;
import se.oroshub.schemas.avro.Urgency;
import se.oroshub.schemas.fixtures.SyntheticIdentities;

/** Synthetic test data: reports and status events with synthetic identity numbers only. */
final class TestReports {

    static final String STOCKHOLM = "0180";
    static final String GOTHENBURG = "1480";
    static final String MALMO = "1280";
    static final OrganisationId SCHOOL = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "12345678");

    private TestReports() {
    }

    /** A synthetic personal identity number of a child born in 2018. */
    static String childNumber(long seed) {
        return SyntheticIdentities.personalIdentityNumber(new Random(seed), LocalDate.of(2018, 5, 17));
    }

    /**
     * A valid, non-acute report from a school (a mandatory reporter) about a child registered in Stockholm, submitted
     * at {@link HubDriver#START}.
     */
    static ConcernReport report() {
        return report(UUID.randomUUID().toString(), childNumber(1), HubDriver.START);
    }

    static ConcernReport report(String reportId, String childNumber, Instant submittedAt) {
        return ConcernReport.newBuilder()
                .setReportId(reportId)
                .setConnectorId("school")
                .setSubmittedAt(submittedAt)
                .setReporter(Reporter.newBuilder()
                        .setKind(ReporterKind.MANDATORY_PROFESSIONAL)
                        .setOrganisation(ReportingOrganisation.newBuilder()
                                .setId(SCHOOL)
                                .setName("Testskolan")
                                .build())
                        .setName("Class Teacher")
                        .setRole("class teacher")
                        .build())
                .setChild(Child.newBuilder()
                        .setPersonalIdentityNumber(childNumber)
                        .setGivenName("Test")
                        .setFamilyName("Child")
                        .setMunicipalityOfRegistration(STOCKHOLM)
                        .setCurrentMunicipality(STOCKHOLM)
                        .build())
                .setObservations(List.of(Observation.newBuilder()
                        .setCategory(ConcernCategory.NEGLECT)
                        .setDescription("Arrives without lunch and in thin clothes most days.")
                        .build()))
                .setUrgency(Urgency.newBuilder().build())
                .setAttachments(List.of())
                .build();
    }

    /** The same report from an anonymous private person. */
    static ConcernReport anonymous(ConcernReport report) {
        ConcernReport copy = ConcernReport.newBuilder(report).build();
        copy.setReporter(Reporter.newBuilder().setKind(ReporterKind.ANONYMOUS).build());
        return copy;
    }

    /** The same report from an identified private person. */
    static ConcernReport privatePerson(ConcernReport report) {
        ConcernReport copy = ConcernReport.newBuilder(report).build();
        copy.setReporter(Reporter.newBuilder().setKind(ReporterKind.PRIVATE_PERSON).setName("A Neighbour").build());
        return copy;
    }

    static CaseStatusEvent event(String reportId, String municipality, Object payload, Instant at) {
        return CaseStatusEvent.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setReportId(reportId)
                .setMunicipalityCode(municipality)
                .setOccurredAt(at)
                .setPayload(payload)
                .build();
    }

    static ReportReceived received() {
        return ReportReceived.newBuilder().setSystemReference("DNR-2026-0001").build();
    }

    static ProtectiveAssessmentMade protectiveAssessment() {
        return ProtectiveAssessmentMade.newBuilder().setImmediateProtectionNeeded(false).build();
    }

    static InvestigationDecisionMade decision(InvestigationDecision decision, LocalDate on, boolean withhold) {
        return InvestigationDecisionMade.newBuilder()
                .setDecision(decision)
                .setDecisionDate(on)
                .setWithholdFeedback(withhold)
                .build();
    }
}
