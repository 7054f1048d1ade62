package se.oroshub.connector.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.school.report.SchoolReport;
import se.oroshub.connector.school.report.SchoolReportMapper;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.fixtures.SyntheticIdentities;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.validation.ConcernReportValidator;
import se.oroshub.schemas.validation.FieldViolation;

class SchoolReportMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00.123456Z");
    private static final OrganisationId SCHOOL = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461");
    private static final OrganisationUser ANNA =
            new OrganisationUser("anna", "Anna Lärare", "Klasslärare", SCHOOL, "Kvarnbackaskolan");

    private final SchoolReportMapper mapper = new SchoolReportMapper("school", Clock.fixed(NOW, ZoneOffset.UTC));
    private final ConcernReportValidator validator = new ConcernReportValidator(MunicipalityCodes.official());
    private final String pnr = SyntheticIdentities.personalIdentityNumber(new Random(3), LocalDate.of(2015, 4, 12));
    private final String pnrWithDash = pnr.substring(0, 8) + "-" + pnr.substring(8);

    private SchoolReport report(String personalIdentityNumber, String description, SchoolReport.Reporter reporter) {
        return new SchoolReport(
                reporter,
                new SchoolReport.Child(personalIdentityNumber, "Saga", "Nilsson", "0180", "  "),
                List.of(new SchoolReport.Observation(
                        ConcernCategory.PHYSICAL_VIOLENCE,
                        OffsetDateTime.parse("2026-11-23T08:15:00+01:00"),
                        description)),
                new SchoolReport.Urgency(true, false));
    }

    @Test
    void theSchoolUnitIsTheSignedInUsersAndTheReporterAMandatoryProfessional() {
        ConcernReport mapped = mapper.toConcernReport(report(pnrWithDash, "Blåmärken på armarna.", null), ANNA);

        assertThat(mapped.getReporter().getKind()).isEqualTo(ReporterKind.MANDATORY_PROFESSIONAL);
        assertThat(mapped.getReporter().getOrganisation().getId()).isEqualTo(SCHOOL);
        assertThat(mapped.getReporter().getOrganisation().getName()).isEqualTo("Kvarnbackaskolan");
        assertThat(mapped.getReporter().getName()).isEqualTo("Anna Lärare");
        assertThat(mapped.getReporter().getRole()).isEqualTo("Klasslärare");
    }

    @Test
    void aReporterNamedInTheRequestIsKept() {
        ConcernReport mapped = mapper.toConcernReport(
                report(pnr, "Text", new SchoolReport.Reporter("Kim Mentor", "Mentor", "070-000 00 00", " ")), ANNA);

        assertThat(mapped.getReporter().getName()).isEqualTo("Kim Mentor");
        assertThat(mapped.getReporter().getRole()).isEqualTo("Mentor");
        assertThat(mapped.getReporter().getPhone()).isEqualTo("070-000 00 00");
        assertThat(mapped.getReporter().getEmail()).isNull();
    }

    @Test
    void stampsIdentityConnectorAndMillisecondTime() {
        ConcernReport mapped = mapper.toConcernReport(report(pnr, "Text", null), ANNA);
        ConcernReport again = mapper.toConcernReport(report(pnr, "Text", null), ANNA);

        assertThat(UUID.fromString(mapped.getReportId())).isNotNull();
        assertThat(mapped.getReportId()).isNotEqualTo(again.getReportId());
        assertThat(mapped.getConnectorId()).isEqualTo("school");
        assertThat(mapped.getSubmittedAt()).isEqualTo(Instant.parse("2026-11-23T09:30:00.123Z"));
    }

    @Test
    void mapsTheChildObservationAndUrgency() {
        ConcernReport mapped = mapper.toConcernReport(report(pnrWithDash, "  Blåmärken på armarna. ", null), ANNA);

        assertThat(mapped.getChild().getPersonalIdentityNumber()).isEqualTo(pnr);
        assertThat(mapped.getChild().getGivenName()).isEqualTo("Saga");
        assertThat(mapped.getChild().getMunicipalityOfRegistration()).isEqualTo("0180");
        assertThat(mapped.getChild().getWhereabouts()).isNull();
        assertThat(mapped.getObservations()).singleElement().satisfies(o -> {
            assertThat(o.getCategory()).isEqualTo(ConcernCategory.PHYSICAL_VIOLENCE);
            assertThat(o.getObservedAt()).isEqualTo(Instant.parse("2026-11-23T07:15:00Z"));
            assertThat(o.getDescription()).isEqualTo("Blåmärken på armarna.");
        });
        assertThat(mapped.getUrgency().getReporterMarkedAcute()).isTrue();
        assertThat(mapped.getUrgency().getImmediateDanger()).isFalse();
    }

    @Test
    void aCompleteReportPassesTheContractsValidation() {
        assertThat(validator.validate(mapper.toConcernReport(report(pnrWithDash, "Text", null), ANNA)))
                .isEmpty();
    }

    @Test
    void anInvalidNumberIsLeftForTheValidatorWhichRejectsItUnderTheRequestsFieldName() {
        String wrongCheckDigit = pnr.substring(0, 11) + ((pnr.charAt(11) - '0' + 1) % 10);

        List<FieldViolation> violations =
                validator.validate(mapper.toConcernReport(report(wrongCheckDigit, "", null), ANNA));

        assertThat(violations)
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "child.personalIdentityNumber", "invalid_personal_identity_number"),
                        org.assertj.core.groups.Tuple.tuple("observations[0].description", "missing_field"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).doesNotContain(wrongCheckDigit));
    }

    @Test
    void aReportWithoutObservationsIsRejectedAsSuch() {
        SchoolReport none = new SchoolReport(null, new SchoolReport.Child(pnr, null, null, null, null), null, null);

        assertThat(validator.validate(mapper.toConcernReport(none, ANNA)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("observations", "no_observations"));
    }
}
