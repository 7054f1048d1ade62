package se.oroshub.connector.police.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.oroshub.connector.police.Fixtures.CHILD_PNR;
import static se.oroshub.connector.police.Fixtures.bytes;
import static se.oroshub.connector.police.Fixtures.replace;
import static se.oroshub.connector.police.Fixtures.validFull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.police.document.PoliceDocumentMapper;
import se.oroshub.connector.police.document.PoliceDocumentReader;
import se.oroshub.connector.police.document.ReportIds;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

class PublishingDocumentIntakeTest {

    private static final OrganisationId SODERMALM =
            new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "5000-LPO-SODERMALM");

    private static final Instant NOW = Instant.parse("2026-11-23T17:00:00.123Z");

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final PublishingDocumentIntake intake = new PublishingDocumentIntake(
            new PoliceDocumentReader(), new PoliceDocumentMapper("police"), publisher, ReceiptLookup.NONE, 64 * 1024);

    @Test
    void aValidDocumentIsPublishedAndItsReceiptReturned() {
        IntakeOutcome outcome = intake.submit(bytes(validFull()), Optional.of(SODERMALM), NOW);

        assertThat(outcome).isInstanceOfSatisfying(IntakeOutcome.Accepted.class, accepted -> {
            assertThat(accepted.receipt().getReportId())
                    .isEqualTo(ReportIds.of("5000-LPO-SODERMALM", "PM-2026-5000-004711")
                            .toString());
            assertThat(accepted.receipt().getContentDigest()).hasSize(64);
        });
        assertThat(publisher.accepted()).hasSize(1);
    }

    @Test
    void aSchemaInvalidDocumentIsNotPublished() {
        IntakeOutcome outcome = intake.submit(bytes("<concernReport/>"), Optional.empty(), NOW);

        assertThat(outcome).isInstanceOf(IntakeOutcome.Rejected.class);
        assertThat(publisher.accepted()).isEmpty();
    }

    @Test
    void contractProblemsAreNamedByDocumentElementWithoutTheValue() {
        IntakeOutcome outcome =
                intake.submit(bytes(replace(validFull(), CHILD_PNR, "20120315-9982")), Optional.empty(), NOW);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        IntakeOutcome.Rejected.class,
                        rejected -> assertThat(rejected.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.element())
                                            .isEqualTo("/concernReport/child/personalIdentityNumber");
                                    assertThat(problem.code()).isEqualTo("invalid_personal_identity_number");
                                    assertThat(problem.line()).isEqualTo(-1);
                                    assertThat(problem.toString())
                                            .doesNotContain("9982")
                                            .doesNotContain("20120315");
                                }));
    }

    @Test
    void anUnknownMunicipalityIsAContractProblemOfItsElement() {
        IntakeOutcome outcome = intake.submit(
                bytes(replace(validFull(), "<municipalityOfRegistration>0180", "<municipalityOfRegistration>0001")),
                Optional.empty(),
                NOW);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        IntakeOutcome.Rejected.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(DocumentProblem::element, DocumentProblem::code)
                                .containsExactly(tuple(
                                        "/concernReport/child/municipalityOfRegistration", "unknown_municipality")));
    }

    @Test
    void aCallerMayOnlySendForItsOwnUnit() {
        OrganisationId goteborg = new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "1400-LPO-GOTEBORG");

        assertThat(intake.submit(bytes(validFull()), Optional.of(goteborg), NOW))
                .isInstanceOf(IntakeOutcome.NotPermitted.class);
        assertThat(publisher.accepted()).isEmpty();
    }

    @Test
    void anUnchangedDocumentSentAgainGetsItsOriginalReceiptAndIsNotPublishedAgain() {
        PublishingDocumentIntake remembering = rememberingIntake();
        IntakeOutcome first = remembering.submit(bytes(validFull()), Optional.of(SODERMALM), NOW);

        IntakeOutcome again = remembering.submit(bytes(validFull()), Optional.of(SODERMALM), NOW.plusSeconds(3600));

        assertThat(again).isEqualTo(first);
        assertThat(publisher.accepted()).hasSize(1);
    }

    @Test
    void aChangedDocumentUnderAnAcceptedDocumentIdIsAConflictingDuplicate() {
        PublishingDocumentIntake remembering = rememberingIntake();
        remembering.submit(bytes(validFull()), Optional.of(SODERMALM), NOW);

        IntakeOutcome changed = remembering.submit(
                bytes(replace(validFull(), "<immediateDanger>false", "<immediateDanger>true")),
                Optional.of(SODERMALM),
                NOW.plusSeconds(60));

        assertThat(changed)
                .isInstanceOfSatisfying(
                        IntakeOutcome.Rejected.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(DocumentProblem::element, DocumentProblem::code)
                                .containsExactly(tuple("/concernReport/documentId", "conflicting_duplicate")));
        assertThat(publisher.accepted()).hasSize(1);
    }

    @Test
    void anUnavailableIntakeIsReportedWithWhenToRetry() {
        publisher.setAvailable(false);

        assertThat(intake.submit(bytes(validFull()), Optional.empty(), NOW))
                .isEqualTo(new IntakeOutcome.Unavailable(Duration.ofSeconds(7)));
    }

    @Test
    void aDocumentOverTheLimitIsRejectedUnread() {
        PublishingDocumentIntake small = new PublishingDocumentIntake(
                new PoliceDocumentReader(), new PoliceDocumentMapper("police"), publisher, ReceiptLookup.NONE, 100);

        assertThat(small.submit(bytes(validFull()), Optional.empty(), NOW))
                .isInstanceOfSatisfying(
                        IntakeOutcome.Rejected.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(DocumentProblem::code)
                                .containsExactly("document_too_large"));
    }

    private PublishingDocumentIntake rememberingIntake() {
        return new PublishingDocumentIntake(
                new PoliceDocumentReader(),
                new PoliceDocumentMapper("police"),
                publisher,
                publisher.receipts(),
                64 * 1024);
    }

    @Test
    void theXmlReceiptCarriesIdTimeAndDigest() {
        IntakeOutcome.Accepted accepted =
                (IntakeOutcome.Accepted) intake.submit(bytes(validFull()), Optional.empty(), NOW);

        String xml = ReceiptRepresentation.of(accepted.receipt()).toXml();

        assertThat(xml)
                .contains("<receipt xmlns=\"urn:se:oroshub:police:receipt:1\">")
                .contains("<reportId>" + accepted.receipt().getReportId() + "</reportId>")
                .contains("<reportingOrganisation scheme=\"POLICE_UNIT\">5000-LPO-SODERMALM</reportingOrganisation>")
                .contains("<acceptedAt>" + accepted.receipt().getAcceptedAt() + "</acceptedAt>")
                .contains("<digest algorithm=\"SHA-256\">" + accepted.receipt().getContentDigest() + "</digest>");
    }
}
