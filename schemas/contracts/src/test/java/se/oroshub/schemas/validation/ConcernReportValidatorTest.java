package se.oroshub.schemas.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AttachmentRef;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.reference.MunicipalityCodes;

class ConcernReportValidatorTest {

    private final ConcernReportValidator validator = new ConcernReportValidator(MunicipalityCodes.official());
    private final SyntheticReports reports =
            new SyntheticReports(new Random(3), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    private ConcernReport valid() {
        return reports.schoolReport();
    }

    @Test
    void aCompleteReportFromAMandatoryReporterIsAccepted() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void aSubmissionTimeAheadOfTheClockBeyondTheSkewToleranceIsRefused() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        ConcernReportValidator onTheHour =
                new ConcernReportValidator(MunicipalityCodes.official(), Clock.fixed(now, ZoneOffset.UTC));
        ConcernReport slightlyAhead = valid();
        slightlyAhead.setSubmittedAt(now.plus(ConcernReportValidator.CLOCK_SKEW_TOLERANCE));
        ConcernReport tomorrow = valid();
        tomorrow.setSubmittedAt(now.plus(Duration.ofDays(1)));

        assertThat(onTheHour.validate(slightlyAhead)).isEmpty();
        assertThat(onTheHour.validate(tomorrow)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("submittedAt");
            assertThat(v.reason()).isEqualTo(RejectionReason.INVALID_FIELD);
            assertThat(v.message()).contains("in the future");
        });
    }

    @Test
    void mandatoryReporterCannotBeAnonymous() {
        ConcernReport report = valid();
        report.getReporter().setName(null);
        assertThat(validator.validate(report))
                .containsExactly(new FieldViolation(
                        RejectionReason.ANONYMOUS_MANDATORY_REPORTER,
                        "reporter.name",
                        "a mandatory reporter reports in their professional role and cannot be anonymous"));
    }

    @Test
    void mandatoryReporterMustNameTheReportingOrganisation() {
        ConcernReport report = valid();
        report.getReporter().setOrganisation(null);
        assertThat(validator.validate(report))
                .extracting(FieldViolation::reason, FieldViolation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        RejectionReason.MISSING_REPORTING_ORGANISATION, "reporter.organisation"));
    }

    @Test
    void privateReporterMayBeAnonymous() {
        ConcernReport report = reports.report("school", ReporterKind.ANONYMOUS, null, null, "0180");
        assertThat(validator.validate(report)).isEmpty();
    }

    @Test
    void anonymousReportCarriesNoIdentityOfTheReporter() {
        ConcernReport report = reports.report("school", ReporterKind.ANONYMOUS, null, null, "0180");
        report.getReporter().setPhone("070-0000000");
        assertThat(validator.validate(report)).extracting(FieldViolation::field).containsExactly("reporter");
    }

    @Test
    void privatePersonDoesNotReportForAnOrganisation() {
        ConcernReport report = valid();
        report.getReporter().setKind(ReporterKind.PRIVATE_PERSON);
        assertThat(validator.validate(report))
                .extracting(FieldViolation::field)
                .containsExactly("reporter.organisation");
    }

    @Test
    void personalIdentityNumberMustHaveAValidCheckDigit() {
        ConcernReport report = valid();
        String pnr = report.getChild().getPersonalIdentityNumber();
        int last = pnr.charAt(11) - '0';
        report.getChild().setPersonalIdentityNumber(pnr.substring(0, 11) + ((last + 1) % 10));
        List<FieldViolation> violations = validator.validate(report);
        assertThat(violations)
                .extracting(FieldViolation::reason, FieldViolation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        RejectionReason.INVALID_PERSONAL_IDENTITY_NUMBER, "child.personalIdentityNumber"));
        assertThat(violations.get(0).message()).doesNotContain(pnr.substring(0, 8));
        assertThat(violations.get(0).code()).isEqualTo("invalid_personal_identity_number");
    }

    @Test
    void personalIdentityNumberMustBeInCanonicalForm() {
        ConcernReport report = valid();
        String pnr = report.getChild().getPersonalIdentityNumber();
        report.getChild().setPersonalIdentityNumber(pnr.substring(0, 8) + "-" + pnr.substring(8));
        assertThat(validator.validate(report))
                .extracting(FieldViolation::reason)
                .containsExactly(RejectionReason.INVALID_PERSONAL_IDENTITY_NUMBER);
    }

    @Test
    void childWithoutNumberNeedsAtLeastAName() {
        ConcernReport report = valid();
        report.getChild().setPersonalIdentityNumber(null);
        assertThat(validator.validate(report)).isEmpty();
        report.getChild().setGivenName(null);
        report.getChild().setFamilyName(null);
        assertThat(validator.validate(report))
                .extracting(FieldViolation::field)
                .containsExactly("child.personalIdentityNumber");
    }

    @Test
    void municipalityCodesMustBeKnown() {
        ConcernReport report = valid();
        report.getChild().setMunicipalityOfRegistration("0000");
        report.getChild().setCurrentMunicipality("Stockholm");
        assertThat(validator.validate(report))
                .extracting(FieldViolation::reason, FieldViolation::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                RejectionReason.UNKNOWN_MUNICIPALITY, "child.municipalityOfRegistration"),
                        org.assertj.core.groups.Tuple.tuple(
                                RejectionReason.UNKNOWN_MUNICIPALITY, "child.currentMunicipality"));
    }

    @Test
    void unknownMunicipalityIsNotAnErrorButAMatterForRouting() {
        ConcernReport report = valid();
        report.getChild().setMunicipalityOfRegistration(null);
        report.getChild().setCurrentMunicipality(null);
        assertThat(validator.validate(report)).isEmpty();
    }

    @Test
    void reportMustStateAtLeastOneObservation() {
        ConcernReport report = valid();
        report.setObservations(List.of());
        assertThat(validator.validate(report))
                .extracting(FieldViolation::reason)
                .containsExactly(RejectionReason.NO_OBSERVATIONS);
    }

    @Test
    void everyObservationNeedsADescription() {
        ConcernReport report = valid();
        report.getObservations().get(0).setDescription("  ");
        assertThat(validator.validate(report))
                .extracting(FieldViolation::field)
                .containsExactly("observations[0].description");
    }

    @Test
    void reportIdMustBeAUuid() {
        ConcernReport report = valid();
        report.setReportId("report-1");
        assertThat(validator.validate(report)).extracting(FieldViolation::field).containsExactly("reportId");
    }

    @Test
    void organisationIdMustMatchItsScheme() {
        ConcernReport report = valid();
        report.getReporter().getOrganisation().setId(new OrganisationId(OrganisationIdScheme.HSA_ID, "12345"));
        assertThat(validator.validate(report))
                .extracting(FieldViolation::field)
                .containsExactly("reporter.organisation.id.value");
        report.getReporter()
                .getOrganisation()
                .setId(new OrganisationId(OrganisationIdScheme.ORGANISATION_NUMBER, "212000-0142"));
        assertThat(validator.validate(report)).isEmpty();
        report.getReporter()
                .getOrganisation()
                .setId(new OrganisationId(OrganisationIdScheme.ORGANISATION_NUMBER, "212000-0143"));
        assertThat(validator.validate(report))
                .extracting(FieldViolation::field)
                .containsExactly("reporter.organisation.id.value");
    }

    @Test
    void attachmentsAreReferencesWithDigestAndSize() {
        ConcernReport report = valid();
        report.setAttachments(List.of(new AttachmentRef("not a uri", "pdf", "xyz", -1L, null)));
        assertThat(validator.validate(report))
                .extracting(FieldViolation::field)
                .containsExactly(
                        "attachments[0].uri",
                        "attachments[0].mediaType",
                        "attachments[0].sha256",
                        "attachments[0].sizeBytes");
    }

    @Test
    void everyViolationIsReportedNotJustTheFirst() {
        ConcernReport report = valid();
        report.setReportId(null);
        report.setObservations(List.of());
        report.getChild().setDateOfBirth(LocalDate.now().plusDays(3));
        assertThat(validator.validate(report))
                .extracting(FieldViolation::field)
                .containsExactly("reportId", "child.dateOfBirth", "observations");
    }
}
