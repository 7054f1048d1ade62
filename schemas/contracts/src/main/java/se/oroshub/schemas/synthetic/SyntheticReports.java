package se.oroshub.schemas.synthetic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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

/**
 * Realistic, valid concern reports about synthetic children, for tests, the demo and benchmarks: one or two
 * observations, about half a kilobyte on the wire (the benchmark lengthens the observations to the 1 KiB class of a
 * real report). Deterministic for a given {@link Random} seed and clock.
 */
public final class SyntheticReports {

    /** A few municipalities the demo and tests use (Stockholm, Göteborg, Malmö, Uppsala, Gotland). */
    public static final List<String> SAMPLE_MUNICIPALITIES = List.of("0180", "1480", "1280", "0380", "0980");

    /** A synthetic school unit (skolenhetskod) used as the demo school. */
    public static final OrganisationId DEMO_SCHOOL = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461");

    private static final String[] GIVEN = {"Alva", "Elsa", "Maja", "Noah", "Hugo", "William", "Saga", "Liam", "Ella", "Nils"};
    private static final String[] FAMILY = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson"};
    private static final String[] OBSERVATIONS = {
        "Eleven kom till skolan med blåmärken på båda underarmarna och sa att hon inte fick berätta hur hon fått dem.",
        "Eleven har varit frånvarande tolv dagar den senaste månaden och verkar hungrig och trött när hen är här.",
        "Eleven berättade för mentorn att det är mycket bråk hemma på kvällarna och att mamma gråter ofta.",
        "Eleven har vid flera tillfällen burit samma kläder en hel vecka och saknar ytterkläder trots kyla.",
        "Eleven uppgav att en vuxen i hemmet slagit hen med öppen hand i ansiktet i helgen.",
    };

    private final Random random;
    private final Clock clock;

    public SyntheticReports(Random random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** A mandatory report from the demo school about a child registered in one of the sample municipalities. */
    public ConcernReport schoolReport() {
        String municipality = SAMPLE_MUNICIPALITIES.get(random.nextInt(SAMPLE_MUNICIPALITIES.size()));
        return report("school", ReporterKind.MANDATORY_PROFESSIONAL, DEMO_SCHOOL, "Kvarnbackaskolan", municipality);
    }

    /** A report with every field chosen by the caller that matters for routing and feedback. */
    public ConcernReport report(String connectorId, ReporterKind kind, OrganisationId organisation, String organisationName,
            String municipalityOfRegistration) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm")));
        LocalDate birth = SyntheticIdentities.childBirthDate(random, today);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<Observation> observations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            observations.add(Observation.newBuilder()
                    .setCategory(ConcernCategory.values()[random.nextInt(ConcernCategory.values().length)])
                    .setObservedAt(now.minusSeconds(3600L * (1 + random.nextInt(72))))
                    .setDescription(OBSERVATIONS[random.nextInt(OBSERVATIONS.length)])
                    .build());
        }
        boolean professional = kind == ReporterKind.MANDATORY_PROFESSIONAL;
        Reporter reporter = Reporter.newBuilder()
                .setKind(kind)
                .setOrganisation(professional
                        ? ReportingOrganisation.newBuilder().setId(organisation).setName(organisationName)
                                .setFunctionAddress("elevhalsan@example.invalid").build()
                        : null)
                .setName(kind == ReporterKind.ANONYMOUS ? null : "Kim Lärare")
                .setRole(professional ? "mentor" : null)
                .setPhone(null)
                .setEmail(null)
                .build();
        Child child = Child.newBuilder()
                .setPersonalIdentityNumber(SyntheticIdentities.personalIdentityNumber(random, birth))
                .setGivenName(GIVEN[random.nextInt(GIVEN.length)])
                .setFamilyName(FAMILY[random.nextInt(FAMILY.length)])
                .setDateOfBirth(null)
                .setMunicipalityOfRegistration(municipalityOfRegistration)
                .setCurrentMunicipality(municipalityOfRegistration)
                .setWhereabouts("I skolan")
                .build();
        return ConcernReport.newBuilder()
                .setReportId(new UUID(random.nextLong(), random.nextLong()).toString())
                .setConnectorId(connectorId)
                .setSubmittedAt(now)
                .setReporter(reporter)
                .setChild(child)
                .setObservations(observations)
                .setUrgency(Urgency.newBuilder().setReporterMarkedAcute(random.nextInt(10) == 0)
                        .setImmediateDanger(false).build())
                .setAttachments(List.of())
                .build();
    }
}
