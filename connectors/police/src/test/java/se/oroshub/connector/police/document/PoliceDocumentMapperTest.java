package se.oroshub.connector.police.document;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.connector.police.Fixtures.bytes;
import static se.oroshub.connector.police.Fixtures.document;
import static se.oroshub.connector.police.Fixtures.replace;
import static se.oroshub.connector.police.Fixtures.validFull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.oroshub.connector.police.document.PoliceDocumentMapper.MappedDocument;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.digest.ContentDigest;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.validation.ConcernReportValidator;

class PoliceDocumentMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-23T17:06:07.123456Z");

    private final PoliceDocumentReader reader = new PoliceDocumentReader();
    private final PoliceDocumentMapper mapper = new PoliceDocumentMapper("police");

    @Test
    void theSendingUnitIsAMandatoryReporterAnsweredAtItsFunctionAddress() {
        ConcernReport report = map(validFull()).report();

        assertThat(report.getReporter().getKind()).isEqualTo(ReporterKind.MANDATORY_PROFESSIONAL);
        assertThat(report.getReporter().getOrganisation().getId().getScheme())
                .isEqualTo(OrganisationIdScheme.POLICE_UNIT);
        assertThat(report.getReporter().getOrganisation().getId().getValue()).isEqualTo("5000-LPO-SODERMALM");
        assertThat(report.getReporter().getOrganisation().getName()).isEqualTo("Polisregion Stockholm, LPO Södermalm");
        assertThat(report.getReporter().getOrganisation().getFunctionAddress())
                .isEqualTo("orosanmalan.sodermalm@polisen.example");
        assertThat(report.getReporter().getName()).isEqualTo("Kim Testberg");
        assertThat(report.getReporter().getRole()).isEqualTo("Polisinspektör, ingripandeverksamheten");
        assertThat(report.getReporter().getPhone()).isNull();
        assertThat(report.getReporter().getEmail()).isNull();
    }

    @Test
    void theChildIsMappedWithTheIdentityNumberInItsTwelveDigitForm() {
        ConcernReport report = map(validFull()).report();

        assertThat(report.getChild().getPersonalIdentityNumber()).isEqualTo("201203159981");
        assertThat(report.getChild().getGivenName()).isEqualTo("Testa");
        assertThat(report.getChild().getFamilyName()).isEqualTo("Testsson");
        assertThat(report.getChild().getMunicipalityOfRegistration()).isEqualTo("0180");
        assertThat(report.getChild().getCurrentMunicipality()).isEqualTo("0182");
        assertThat(report.getChild().getWhereabouts()).isEqualTo("Hos mormor, Nacka");
        assertThat(report.getChild().getDateOfBirth()).isNull();
    }

    @Test
    void observationsKeepTheirOrderCategoryTimeAndTheDescriptionAsWritten() {
        ConcernReport report = map(validFull()).report();

        assertThat(report.getObservations()).hasSize(2);
        assertThat(report.getObservations().get(0).getCategory())
                .isEqualTo(ConcernCategory.WITNESSED_DOMESTIC_VIOLENCE);
        assertThat(report.getObservations().get(0).getObservedAt()).isEqualTo(Instant.parse("2026-11-23T16:40:00Z"));
        assertThat(report.getObservations().get(0).getDescription())
                .isEqualTo("Patrullen kallades till bostaden efter larm om bråk. Barnet var hemma\n"
                        + "och uppgav att pappan slagit mamman.");
        assertThat(report.getObservations().get(1).getCategory()).isEqualTo(ConcernCategory.NEGLECT);
        assertThat(report.getObservations().get(1).getObservedAt()).isNull();
    }

    @Test
    void urgencyFlagsAndAttachmentsByReferenceAreMapped() {
        ConcernReport report = map(validFull()).report();

        assertThat(report.getUrgency().getReporterMarkedAcute()).isTrue();
        assertThat(report.getUrgency().getImmediateDanger()).isFalse();
        assertThat(report.getAttachments()).singleElement().satisfies(a -> {
            assertThat(a.getUri()).isEqualTo("https://docs.polisen.example/arenden/4711/anmalan.pdf");
            assertThat(a.getMediaType()).isEqualTo("application/pdf");
            assertThat(a.getSha256()).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
            assertThat(a.getSizeBytes()).isEqualTo(48213L);
            assertThat(a.getTitle()).isEqualTo("Anmälan");
        });
    }

    @Test
    void aMinimalDocumentWithPrefixesNumericBooleansAndNoIdentityNumberMaps() {
        ConcernReport report = map(document("valid-minimal.xml")).report();

        assertThat(report.getChild().getPersonalIdentityNumber()).isNull();
        assertThat(report.getChild().getDateOfBirth()).isEqualTo(LocalDate.of(2015, 6, 2));
        assertThat(report.getChild().getMunicipalityOfRegistration()).isNull();
        assertThat(report.getUrgency().getReporterMarkedAcute()).isFalse();
        assertThat(report.getUrgency().getImmediateDanger()).isTrue();
        assertThat(report.getAttachments()).isEmpty();
    }

    @Test
    void theReportIsStampedWithTheConnectorIdAndTheTimeReceivedInMilliseconds() {
        ConcernReport report = map(validFull()).report();

        assertThat(report.getConnectorId()).isEqualTo("police");
        assertThat(report.getSubmittedAt()).isEqualTo(Instant.parse("2026-11-23T17:06:07.123Z"));
    }

    @Test
    void theReportIdIsDerivedFromTheUnitAndTheDocumentIdSoAResentDocumentIsTheSameReport() {
        MappedDocument first = map(validFull());
        MappedDocument again = map(validFull());
        MappedDocument other = map(replace(validFull(), "PM-2026-5000-004711", "PM-2026-5000-004712"));

        assertThat(first.reportId())
                .isEqualTo(again.reportId())
                .isEqualTo(ReportIds.of("5000-LPO-SODERMALM", "PM-2026-5000-004711")
                        .toString());
        assertThat(other.reportId()).isNotEqualTo(first.reportId());
        assertThat(first.report().getReportId()).isEqualTo(first.reportId());
        assertThat(first.documentId()).isEqualTo("PM-2026-5000-004711");
    }

    @Test
    void theSameDocumentReceivedAtTheSameInstantIsTheIdenticalReport() {
        assertThat(ContentDigest.sha256Hex(map(validFull()).report()))
                .isEqualTo(ContentDigest.sha256Hex(map(validFull()).report()));
    }

    @Test
    void everyMappedFixtureSatisfiesTheHubsContract() {
        ConcernReportValidator validator = new ConcernReportValidator(MunicipalityCodes.official());

        for (String fixture : List.of("valid-full.xml", "valid-minimal.xml")) {
            assertThat(validator.validate(map(document(fixture)).report()))
                    .as(fixture)
                    .isEmpty();
        }
    }

    @Test
    void aCheckDigitErrorPassesTheSchemaAndIsLeftToTheContractValidator() {
        ConcernReport report =
                map(replace(validFull(), "20120315-9981", "20120315-9982")).report();

        assertThat(new ConcernReportValidator(MunicipalityCodes.official()).validate(report))
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("child.personalIdentityNumber"));
    }

    private MappedDocument map(String xml) {
        ReadResult result = reader.read(bytes(xml));
        assertThat(result).isInstanceOf(ReadResult.Valid.class);
        Document document = ((ReadResult.Valid) result).document();
        return mapper.map(document, NOW);
    }
}
