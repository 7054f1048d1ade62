package se.oroshub.hub.rules.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.oroshub.schemas.avro.Child;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReportingOrganisation;
import se.oroshub.schemas.avro.Urgency;
import se.oroshub.schemas.synthetic.SyntheticIdentities;

/** A fluent builder of concern reports for tests, with synthetic identities and sensible defaults. */
public final class TestReport {

    /** Wednesday 11 March 2026, 10:30 in Stockholm: a working day, in office hours. */
    public static final Instant WEDNESDAY_MORNING = Instant.parse("2026-03-11T09:30:00Z");
    /** A synthetic school unit. */
    public static final OrganisationId SCHOOL = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461");
    /** Stockholm. */
    public static final String STOCKHOLM = "0180";
    /** Göteborg. */
    public static final String GOTEBORG = "1480";
    /** Malmö. */
    public static final String MALMO = "1280";

    private String reportId = "report-1";
    private String connectorId = "school";
    private ReporterKind kind = ReporterKind.MANDATORY_PROFESSIONAL;
    private OrganisationId organisation = SCHOOL;
    private String registration = STOCKHOLM;
    private String current = STOCKHOLM;
    private String personalIdentityNumber = synthetic(LocalDate.of(2015, 5, 5));
    private LocalDate dateOfBirth;
    private Instant submittedAt = WEDNESDAY_MORNING;
    private final List<ConcernCategory> categories = new ArrayList<>(List.of(ConcernCategory.NEGLECT));
    private boolean immediateDanger;
    private boolean markedAcute;
    private String description = "Eleven har varit frånvarande och verkar hungrig.";

    private TestReport() {
    }

    /** A non-acute report from a school about a child born 2015 registered in Stockholm. */
    public static TestReport report() {
        return new TestReport();
    }

    /** A synthetic personal identity number for a birth date (test series shape, valid check digit). */
    public static String synthetic(LocalDate birthDate) {
        return SyntheticIdentities.personalIdentityNumber(new Random(birthDate.toEpochDay()), birthDate);
    }

    public TestReport id(String value) {
        this.reportId = value;
        return this;
    }

    public TestReport connector(String value) {
        this.connectorId = value;
        return this;
    }

    /** A private or anonymous reporter has no organisation; a mandatory one keeps the school. */
    public TestReport reporter(ReporterKind value) {
        this.kind = value;
        this.organisation = value == ReporterKind.MANDATORY_PROFESSIONAL ? SCHOOL : null;
        return this;
    }

    public TestReport organisation(OrganisationId value) {
        this.organisation = value;
        return this;
    }

    public TestReport registeredIn(String value) {
        this.registration = value;
        return this;
    }

    public TestReport currentlyIn(String value) {
        this.current = value;
        return this;
    }

    public TestReport personalIdentityNumber(String value) {
        this.personalIdentityNumber = value;
        return this;
    }

    public TestReport bornOn(LocalDate birthDate) {
        this.personalIdentityNumber = synthetic(birthDate);
        return this;
    }

    public TestReport dateOfBirth(LocalDate value) {
        this.dateOfBirth = value;
        return this;
    }

    public TestReport submittedAt(Instant value) {
        this.submittedAt = value;
        return this;
    }

    public TestReport observations(ConcernCategory... values) {
        this.categories.clear();
        this.categories.addAll(List.of(values));
        return this;
    }

    public TestReport immediateDanger(boolean value) {
        this.immediateDanger = value;
        return this;
    }

    public TestReport markedAcute(boolean value) {
        this.markedAcute = value;
        return this;
    }

    public TestReport description(String value) {
        this.description = value;
        return this;
    }

    public ConcernReport build() {
        Reporter reporter = Reporter.newBuilder()
                .setKind(kind)
                .setOrganisation(organisation == null ? null : ReportingOrganisation.newBuilder()
                        .setId(new OrganisationId(organisation.getScheme(), organisation.getValue()))
                        .setName("Kvarnbackaskolan")
                        .setFunctionAddress("elevhalsan@example.invalid")
                        .build())
                .setName(kind == ReporterKind.ANONYMOUS ? null : "Kim Lärare")
                .setRole(kind == ReporterKind.MANDATORY_PROFESSIONAL ? "mentor" : null)
                .build();
        Child child = Child.newBuilder()
                .setPersonalIdentityNumber(personalIdentityNumber)
                .setGivenName("Alva")
                .setFamilyName("Andersson")
                .setDateOfBirth(dateOfBirth)
                .setMunicipalityOfRegistration(registration)
                .setCurrentMunicipality(current)
                .setWhereabouts("I skolan")
                .build();
        List<Observation> observations = categories.stream()
                .map(category -> Observation.newBuilder().setCategory(category).setObservedAt(submittedAt.minusSeconds(3600))
                        .setDescription(description).build())
                .toList();
        return ConcernReport.newBuilder()
                .setReportId(reportId)
                .setConnectorId(connectorId)
                .setSubmittedAt(submittedAt)
                .setReporter(reporter)
                .setChild(child)
                .setObservations(new ArrayList<>(observations))
                .setUrgency(Urgency.newBuilder().setImmediateDanger(immediateDanger).setReporterMarkedAcute(markedAcute).build())
                .setAttachments(new ArrayList<>())
                .build();
    }
}
