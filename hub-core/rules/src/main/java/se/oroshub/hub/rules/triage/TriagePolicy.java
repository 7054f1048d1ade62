package se.oroshub.hub.rules.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.oroshub.schemas.avro.AcuteReason;
import se.oroshub.schemas.avro.Child;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.Triage;
import se.oroshub.schemas.avro.Urgency;
import se.oroshub.schemas.identity.InvalidPersonalIdentityNumberException;
import se.oroshub.schemas.identity.PersonalIdentityNumber;

/**
 * Decides whether a report is acute and whether it also goes to the after-hours service.
 *
 * <p>The rule table (a report is acute iff at least one reason applies; every applying reason is listed, in the
 * order of {@link AcuteReason}):
 * <pre>
 * IMMEDIATE_DANGER       urgency.immediateDanger
 * VIOLENCE               an observation of PHYSICAL_VIOLENCE or WITNESSED_DOMESTIC_VIOLENCE
 * SEXUAL_ABUSE           an observation of SEXUAL_ABUSE
 * VERY_YOUNG_CHILD       the child is younger than the configured age on the day of acceptance (birth date from
 *                        the personal identity number, else child.dateOfBirth)
 * REPORTER_MARKED_ACUTE  urgency.reporterMarkedAcute
 * </pre>
 * {@code receivedOutsideOfficeHours} is computed for every report; an acute report received outside office hours
 * gets the municipality's after-hours destination. The protective assessment
 * ({@link se.oroshub.schemas.law.Statute#PROTECTIVE_ASSESSMENT}) must be made at once, which for an acute report
 * outside office hours only the after-hours service can do.
 */
public final class TriagePolicy {

    private final TriageConfig config;

    /** @param config age limit, office hours, after-hours directory */
    public TriagePolicy(TriageConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Triages one report.
     *
     * @param report the validated report
     * @param municipalityCode the responsible municipality (from routing)
     * @param acceptedAt when the hub accepted the report
     * @return the Avro {@link Triage} for the routed report
     */
    public Triage triage(ConcernReport report, String municipalityCode, Instant acceptedAt) {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        List<AcuteReason> reasons = acuteReasons(report, acceptedAt);
        boolean acute = !reasons.isEmpty();
        boolean outside = !config.officeHours().isOpen(acceptedAt);
        String destination = acute && outside ? config.afterHours().destinationFor(municipalityCode) : null;
        return Triage.newBuilder()
                .setAcute(acute)
                .setReasons(reasons)
                .setReceivedOutsideOfficeHours(outside)
                .setAfterHoursDestination(destination)
                .build();
    }

    /** The acute reasons that apply to {@code report}, in {@link AcuteReason} order; empty when not acute. */
    public List<AcuteReason> acuteReasons(ConcernReport report, Instant acceptedAt) {
        Set<AcuteReason> reasons = EnumSet.noneOf(AcuteReason.class);
        Urgency urgency = report.getUrgency();
        if (urgency != null && urgency.getImmediateDanger()) {
            reasons.add(AcuteReason.IMMEDIATE_DANGER);
        }
        if (report.getObservations() != null) {
            for (Observation observation : report.getObservations()) {
                switch (observation.getCategory()) {
                    case PHYSICAL_VIOLENCE, WITNESSED_DOMESTIC_VIOLENCE -> reasons.add(AcuteReason.VIOLENCE);
                    case SEXUAL_ABUSE -> reasons.add(AcuteReason.SEXUAL_ABUSE);
                    default -> {}
                }
            }
        }
        LocalDate acceptedOn = acceptedAt.atZone(config.officeHours().zone()).toLocalDate();
        birthDate(report.getChild(), acceptedOn)
                .filter(born -> acceptedOn.isBefore(born.plus(config.veryYoungChildAge())))
                .ifPresent(born -> reasons.add(AcuteReason.VERY_YOUNG_CHILD));
        if (urgency != null && urgency.getReporterMarkedAcute()) {
            reasons.add(AcuteReason.REPORTER_MARKED_ACUTE);
        }
        return List.copyOf(new ArrayList<>(reasons));
    }

    /**
     * The child's birth date: from the personal identity number where it parses, else {@code dateOfBirth}. A number
     * that does not parse on {@code today} contributes nothing (validation rejects such reports before triage).
     */
    static Optional<LocalDate> birthDate(Child child, LocalDate today) {
        if (child == null) {
            return Optional.empty();
        }
        String number = child.getPersonalIdentityNumber();
        if (number != null && !number.isBlank()) {
            try {
                return Optional.of(PersonalIdentityNumber.parse(number, today).birthDate());
            } catch (InvalidPersonalIdentityNumberException invalid) {
                // fall through to dateOfBirth
            }
        }
        return Optional.ofNullable(child.getDateOfBirth());
    }
}
