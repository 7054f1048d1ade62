package se.oroshub.connector.healthcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationPriority;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.oroshub.connector.healthcare.Fixtures;
import se.oroshub.connector.healthcare.fhir.FhirCodec;
import se.oroshub.connector.healthcare.fhir.FhirFormat;
import se.oroshub.connector.healthcare.fhir.Issue;
import se.oroshub.schemas.avro.Child;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.validation.ConcernReportValidator;

class ConcernReportTranslatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:45:00.123456Z");

    private final FhirCodec codec = new FhirCodec(FhirContext.forR4Cached());
    private final ConcernReportTranslator translator = new ConcernReportTranslator(
            new ConcernReportValidator(MunicipalityCodes.official()), "healthcare", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aValidBundleBecomesTheReportOfAMandatoryReporterForTheHsaOrganisation() {
        ConcernReport report = accepted(fixture("valid-bundle.json"));

        assertThat(report.getConnectorId()).isEqualTo("healthcare");
        assertThat(report.getSubmittedAt()).isEqualTo(Instant.parse("2026-11-23T08:45:00.123Z"));
        Reporter reporter = report.getReporter();
        assertThat(reporter.getKind()).isEqualTo(ReporterKind.MANDATORY_PROFESSIONAL);
        assertThat(reporter.getOrganisation().getId())
                .isEqualTo(new OrganisationId(OrganisationIdScheme.HSA_ID, Fixtures.HSA_ID));
        assertThat(reporter.getOrganisation().getName()).isEqualTo("Demo barnavårdscentral");
        assertThat(reporter.getOrganisation().getFunctionAddress()).isEqualTo("bvc.funktion@example.se");
        assertThat(reporter.getName()).isEqualTo("Kim Demo");
        assertThat(reporter.getRole()).isEqualTo("Distriktssköterska");
        assertThat(reporter.getPhone()).isEqualTo("+46 8 123 45 67");
        assertThat(reporter.getEmail()).isEqualTo("kim.demo@example.se");
    }

    @Test
    void thePatientBecomesTheChildWithCanonicalNumberAndMunicipalities() {
        Child child = accepted(fixture("valid-bundle.json")).getChild();

        assertThat(child.getPersonalIdentityNumber()).isEqualTo(Fixtures.CHILD_PNR);
        assertThat(child.getGivenName()).isEqualTo("Alva Maria");
        assertThat(child.getFamilyName()).isEqualTo("Testsson");
        assertThat(child.getDateOfBirth())
                .as("only carried when no number is known")
                .isNull();
        assertThat(child.getMunicipalityOfRegistration()).isEqualTo("0184");
        assertThat(child.getCurrentMunicipality()).isEqualTo("0180");
        assertThat(child.getWhereabouts()).isEqualTo("Hos mormor, Provvägen 2, Stockholm");
    }

    @Test
    void eachPayloadBecomesOneObservationWithItsCategory() {
        List<Observation> observations = accepted(fixture("valid-bundle.json")).getObservations();

        assertThat(observations)
                .extracting(Observation::getCategory)
                .containsExactly(ConcernCategory.PHYSICAL_VIOLENCE, ConcernCategory.NEGLECT);
        assertThat(observations.get(0).getDescription()).startsWith("Vid besöket hade barnet blåmärken");
        assertThat(observations.get(1).getDescription()).contains("vaccinationer saknas");
    }

    @ParameterizedTest
    @CsvSource({"ROUTINE,false,false", "URGENT,true,false", "ASAP,true,false", "STAT,true,true"})
    void priorityBecomesTheUrgencyFlags(CommunicationPriority priority, boolean acute, boolean immediateDanger) {
        Bundle bundle = fixture("valid-bundle.json");
        communication(bundle).setPriority(priority);

        ConcernReport report = accepted(bundle);

        assertThat(report.getUrgency().getReporterMarkedAcute()).isEqualTo(acute);
        assertThat(report.getUrgency().getImmediateDanger()).isEqualTo(immediateDanger);
    }

    @Test
    void theSameCommunicationFromTheSameOrganisationKeepsItsReportId() {
        String first = accepted(fixture("valid-bundle.json")).getReportId();
        String again = accepted(fixture("valid-bundle.json")).getReportId();
        Bundle other = fixture("valid-bundle.json");
        communication(other).getIdentifierFirstRep().setValue("2026-0043");

        assertThat(again).isEqualTo(first);
        assertThat(accepted(other).getReportId()).isNotEqualTo(first);
    }

    @Test
    void aCommunicationWithoutBusinessIdentifierGetsAFreshReportIdEachTime() {
        Bundle one = fixture("valid-bundle.json");
        communication(one).getIdentifier().clear();
        Bundle two = fixture("valid-bundle.json");
        communication(two).getIdentifier().clear();

        assertThat(accepted(one).getReportId()).isNotEqualTo(accepted(two).getReportId());
    }

    @Test
    void aCommunicationWithContainedResourcesIsTheSameReport() {
        ConcernReport fromBundle = accepted(fixture("valid-bundle.json"));
        ConcernReport fromCommunication =
                accepted(codec.parse(Fixtures.read("communication-with-contained.json"), FhirFormat.JSON)
                        .resource()
                        .orElseThrow());

        assertThat(fromCommunication.getChild()).isEqualTo(fromBundle.getChild());
        assertThat(fromCommunication.getReporter()).isEqualTo(fromBundle.getReporter());
        assertThat(fromCommunication.getObservations()).isEqualTo(fromBundle.getObservations());
    }

    @Test
    void aPatientIdentifierWithAnotherSystemIsNamedAtItsSystem() {
        assertThat(rejected(fixture("patient-wrong-identifier-system.json")))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo("unknown_identifier_system");
                    assertThat(issue.type()).isEqualTo(IssueType.INVALID);
                    assertThat(issue.expression()).contains("Bundle.entry[2].resource.identifier[0].system");
                    assertThat(issue.diagnostics())
                            .contains("urn:oid:1.2.752.129.2.1.3.1")
                            .contains("http://electronichealth.se/identifier/personnummer");
                });
    }

    @Test
    void aPersonalIdentityNumberWithAWrongCheckDigitIsNamedAtItsValueWithoutRepeatingIt() {
        assertThat(rejected(fixture("patient-invalid-pnr-checksum.json")))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo("invalid_personal_identity_number");
                    assertThat(issue.type()).isEqualTo(IssueType.VALUE);
                    assertThat(issue.expression()).contains("Bundle.entry[2].resource.identifier[0].value");
                    assertThat(issue.diagnostics())
                            .contains("check digit")
                            .doesNotContain("20150314")
                            .doesNotContain("9824");
                });
    }

    @Test
    void aSamordningsnummerUnderThePersonnummerSystemIsASystemMismatch() {
        Bundle bundle = fixture("valid-bundle.json");
        patient(bundle).getIdentifierFirstRep().setValue("201503749846");

        assertThat(rejected(bundle)).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("identifier_system_mismatch");
            assertThat(issue.expression()).contains("Bundle.entry[2].resource.identifier[0].system");
        });
    }

    @Test
    void aBundleWithoutOrganizationLacksTheReportingOrganisation() {
        assertThat(rejected(fixture("missing-organization.json")))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo("missing_reporting_organisation");
                    assertThat(issue.type()).isEqualTo(IssueType.REQUIRED);
                    assertThat(issue.expression()).contains("Bundle.entry");
                });
    }

    @Test
    void anUnknownMunicipalityCodeIsNamedAtTheAddressExtension() {
        assertThat(rejected(fixture("unknown-municipality-code.json")))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo("unknown_municipality");
                    assertThat(issue.type()).isEqualTo(IssueType.VALUE);
                    assertThat(issue.expression()).contains("Bundle.entry[2].resource.address[0].extension[0].value");
                });
    }

    @Test
    void aReportWithoutPractitionerIsAnAnonymousMandatoryReporter() {
        assertThat(rejected(fixture("anonymous-without-practitioner.json")))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo("anonymous_mandatory_reporter");
                    assertThat(issue.type()).isEqualTo(IssueType.REQUIRED);
                    assertThat(issue.expression()).contains("Bundle.entry[1].resource.sender");
                });
    }

    @Test
    void anOrganizationIdentifiedByAnotherSystemThanHsaIsNamedAtItsSystem() {
        Bundle bundle = fixture("valid-bundle.json");
        find(bundle, Organization.class).orElseThrow().getIdentifierFirstRep().setSystem("urn:oid:2.5.4.97");

        assertThat(rejected(bundle))
                .extracting(Issue::code, i -> i.expression().orElseThrow())
                .containsExactly(tuple("unknown_identifier_system", "Bundle.entry[3].resource.identifier[0].system"));
    }

    @Test
    void everyProblemIsReportedInOneAnswer() {
        Bundle bundle = fixture("anonymous-without-practitioner.json");
        patient(bundle).getIdentifierFirstRep().setValue("201503149824");
        patient(bundle).getAddressFirstRep().getExtensionFirstRep().setValue(new CodeType("0199"));
        communication(bundle).getPayloadFirstRep().setContent(new StringType(" "));
        communication(bundle).getCategory().clear();

        assertThat(rejected(bundle))
                .extracting(Issue::code)
                .containsExactlyInAnyOrder(
                        "invalid_personal_identity_number",
                        "anonymous_mandatory_reporter",
                        "missing_category",
                        "unknown_municipality",
                        "missing_field");
        assertThat(rejected(bundle))
                .filteredOn(i -> i.code().equals("missing_field"))
                .singleElement()
                .satisfies(
                        i -> assertThat(i.expression()).contains("Bundle.entry[1].resource.payload[0].contentString"));
    }

    @Test
    void twoPatientsWithoutSubjectAreAmbiguous() {
        Bundle bundle = fixture("valid-bundle.json");
        communication(bundle).setSubject(null);
        bundle.addEntry()
                .setFullUrl("urn:uuid:1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
                .setResource(patient(bundle).copy());

        assertThat(rejected(bundle)).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("ambiguous_patient");
            assertThat(issue.expression()).contains("Bundle.entry[1].resource.subject");
        });
    }

    @Test
    void aSubjectPointingOutsideTheBundleIsAnUnresolvedReference() {
        Bundle bundle = fixture("valid-bundle.json");
        communication(bundle).getSubject().setReference("Patient/elsewhere");

        assertThat(rejected(bundle))
                .extracting(Issue::code, i -> i.expression().orElseThrow())
                .contains(tuple("unresolved_reference", "Bundle.entry[1].resource.subject"));
    }

    @Test
    void aBundleWithoutCommunicationSaysSo() {
        Bundle bundle = fixture("valid-bundle.json");
        bundle.getEntry().remove(1);

        assertThat(rejected(bundle)).extracting(Issue::code).containsExactly("missing_communication");
    }

    @Test
    void aSearchsetBundleIsNotAReport() {
        Bundle bundle = fixture("valid-bundle.json");
        bundle.setType(Bundle.BundleType.SEARCHSET);

        assertThat(rejected(bundle)).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("unsupported_bundle_type");
            assertThat(issue.expression()).contains("Bundle.type");
        });
    }

    @Test
    void anotherResourceTypeIsAStructureIssue() {
        Translation translation = translator.translate(patient(fixture("valid-bundle.json")));

        assertThat(translation).isInstanceOfSatisfying(Translation.Rejected.class, r -> {
            assertThat(r.isStructural()).isTrue();
            assertThat(r.issues()).extracting(Issue::code).containsExactly("unexpected_resource_type");
        });
    }

    @Test
    void noDiagnosticsEverQuoteThePersonalIdentityNumber() {
        Bundle bundle = fixture("patient-wrong-identifier-system.json");

        assertThat(rejected(bundle)).allSatisfy(i -> assertThat(i.diagnostics()).doesNotContain(Fixtures.CHILD_PNR));
    }

    private Bundle fixture(String name) {
        FhirCodec.Parsed parsed = codec.parse(Fixtures.read(name), FhirFormat.JSON);
        assertThat(parsed.issues()).isEmpty();
        return (Bundle) parsed.resource().orElseThrow();
    }

    private ConcernReport accepted(IBaseResource document) {
        Translation translation = translator.translate(document);
        assertThat(translation).isInstanceOf(Translation.Accepted.class);
        return ((Translation.Accepted) translation).report();
    }

    private List<Issue> rejected(IBaseResource document) {
        Translation translation = translator.translate(document);
        assertThat(translation).isInstanceOf(Translation.Rejected.class);
        return ((Translation.Rejected) translation).issues();
    }

    private static Communication communication(Bundle bundle) {
        return find(bundle, Communication.class).orElseThrow();
    }

    private static Patient patient(Bundle bundle) {
        return find(bundle, Patient.class).orElseThrow();
    }

    private static <T> Optional<T> find(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }
}
