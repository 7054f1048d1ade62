package se.oroshub.connector.school.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import se.oroshub.connector.reporting.ConcernReports;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReportingOrganisation;
import se.oroshub.schemas.identity.InvalidPersonalIdentityNumberException;
import se.oroshub.schemas.identity.PersonalIdentityNumber;
import se.oroshub.schemas.time.SwedishTime;

/**
 * Maps a {@link SchoolReport} and the signed-in staff member to the contract's {@link ConcernReport}. It decides
 * nothing about validity: the contract's one validator (run by the {@code IntakePublisher}) does, and its field paths
 * are this request's paths. It only normalises: a personal identity number in any accepted form becomes its canonical
 * 12 digits, blank strings become absent, and the reporter is always a mandatory professional of the user's school.
 */
public final class SchoolReportMapper {

    private final String connectorId;
    private final Clock clock;

    public SchoolReportMapper(String connectorId, Clock clock) {
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The report to submit, with a fresh report id and submittedAt now. */
    public ConcernReport toConcernReport(SchoolReport report, OrganisationUser user) {
        SchoolReport.Reporter reporter = report.reporter();
        SchoolReport.Child child = report.child();
        List<SchoolReport.Observation> observations = report.observations() == null ? List.of() : report.observations();
        SchoolReport.Urgency urgency =
                report.urgency() == null ? new SchoolReport.Urgency(false, false) : report.urgency();

        ConcernReport.Builder builder = ConcernReport.newBuilder()
                .setReporter(Reporter.newBuilder()
                        .setKind(ReporterKind.MANDATORY_PROFESSIONAL)
                        .setOrganisation(ReportingOrganisation.newBuilder()
                                .setId(user.organisation())
                                .setName(user.organisationName())
                                .setFunctionAddress(null)
                                .build())
                        .setName(orDefault(reporter == null ? null : reporter.name(), user.displayName()))
                        .setRole(orDefault(reporter == null ? null : reporter.role(), user.role()))
                        .setPhone(reporter == null ? null : blankToNull(reporter.phone()))
                        .setEmail(reporter == null ? null : blankToNull(reporter.email()))
                        .build())
                .setChild(se.oroshub.schemas.avro.Child.newBuilder()
                        .setPersonalIdentityNumber(child == null ? null : canonical(child.personalIdentityNumber()))
                        .setGivenName(child == null ? null : blankToNull(child.givenName()))
                        .setFamilyName(child == null ? null : blankToNull(child.familyName()))
                        .setDateOfBirth(null)
                        .setMunicipalityOfRegistration(
                                child == null ? null : blankToNull(child.municipalityOfRegistration()))
                        .setCurrentMunicipality(null)
                        .setWhereabouts(child == null ? null : blankToNull(child.whereabouts()))
                        .build())
                .setObservations(IntStream.range(0, observations.size())
                        .mapToObj(i -> observation(observations.get(i)))
                        .toList())
                .setUrgency(se.oroshub.schemas.avro.Urgency.newBuilder()
                        .setReporterMarkedAcute(urgency.reporterMarkedAcute())
                        .setImmediateDanger(urgency.immediateDanger())
                        .build())
                .setAttachments(List.of());
        return ConcernReports.stamp(builder, connectorId, clock).build();
    }

    private static se.oroshub.schemas.avro.Observation observation(SchoolReport.Observation o) {
        if (o == null) {
            return se.oroshub.schemas.avro.Observation.newBuilder()
                    .setCategory(null)
                    .setObservedAt(null)
                    .setDescription("")
                    .build();
        }
        Instant observedAt =
                o.observedAt() == null ? null : o.observedAt().toInstant().truncatedTo(ChronoUnit.MILLIS);
        return se.oroshub.schemas.avro.Observation.newBuilder()
                .setCategory(o.category())
                .setObservedAt(observedAt)
                .setDescription(o.description() == null ? "" : o.description().strip())
                .build();
    }

    /**
     * The canonical 12 digits when the number parses; otherwise the input as given, so that the validator rejects it
     * with its reason (the number itself never appears in the message).
     */
    private String canonical(String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return PersonalIdentityNumber.parse(value, LocalDate.now(clock.withZone(SwedishTime.ZONE)))
                    .canonical();
        } catch (InvalidPersonalIdentityNumberException e) {
            return value;
        }
    }

    private static String orDefault(String value, String fallback) {
        String given = blankToNull(value);
        return given != null ? given : blankToNull(fallback);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
