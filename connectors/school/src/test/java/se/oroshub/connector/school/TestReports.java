package se.oroshub.connector.school;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.fixtures.SyntheticIdentities;

/** Test data of the school connector's tests: the configured demo schools, synthetic numbers only. */
final class TestReports {

    static final OrganisationId KVARNBACKA = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461");
    static final OrganisationId EKBACKEN = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837462");

    private TestReports() {}

    /** A synthetic personal identity number of a child, with a dash: YYYYMMDD-NNNC. */
    static String childNumber() {
        String pnr = SyntheticIdentities.personalIdentityNumber(
                new Random(), LocalDate.now().minusYears(9));
        return pnr.substring(0, 8) + "-" + pnr.substring(8);
    }

    static String reportJson(String personalIdentityNumber, String description) {
        return """
                {"child": {"personalIdentityNumber": "%s", "givenName": "Saga", "familyName": "Nilsson",
                           "municipalityOfRegistration": "0180"},
                 "observations": [{"category": "PHYSICAL_VIOLENCE", "observedAt": "2026-11-23T08:15:00+01:00",
                                   "description": "%s"}],
                 "urgency": {"reporterMarkedAcute": false, "immediateDanger": false}}
                """.formatted(personalIdentityNumber, description);
    }

    static Receipt receipt(String reportId, OrganisationId organisation) {
        return Receipt.newBuilder()
                .setReportId(reportId)
                .setConnectorId("school")
                .setReportingOrganisation(organisation)
                .setAcceptedAt(Instant.parse("2026-11-23T09:30:00.123Z"))
                .setContentDigest("3a".repeat(32))
                .build();
    }

    static ReporterNotification notification(
            String reportId, OrganisationId organisation, InvestigationDecision decision) {
        return ReporterNotification.newBuilder()
                .setNotificationId(UUID.randomUUID().toString())
                .setReportId(reportId)
                .setReportingOrganisation(organisation)
                .setDecision(decision)
                .setDecisionDate(LocalDate.of(2026, 12, 1))
                .setNotifiedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }
}
