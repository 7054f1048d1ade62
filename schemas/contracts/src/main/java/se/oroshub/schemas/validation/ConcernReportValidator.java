package se.oroshub.schemas.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import se.oroshub.schemas.avro.AttachmentRef;
import se.oroshub.schemas.avro.Child;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.identity.InvalidPersonalIdentityNumberException;
import se.oroshub.schemas.identity.PersonalIdentityNumber;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.time.SwedishTime;

/**
 * The one validation of the concern-report contract: connectors run it at the edge to answer the submitter at once, and
 * the hub runs it again on everything it reads (never trust the edge). It returns every violation, not just the first.
 *
 * <p>Rules on the reporter follow the law on who reports: a mandatory reporter (old SoL 14 kap. 1 §) reports in the
 * role of an authority or its staff and therefore cannot be anonymous and must name the reporting organisation; a
 * private person may report (old SoL 14 kap. 1 c §), identified or anonymous; an anonymous report carries no
 * identity of the reporter at all, so that social services cannot trace them.
 */
public final class ConcernReportValidator {

    /** Upper bound on one observation's text, to refuse accidental document dumps. */
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;

    /**
     * How far a submission time may lie ahead of the validator's clock: clocks of connector hosts drift, but a report
     * dated further ahead would shift every statutory deadline and the linking window that count from it.
     */
    public static final Duration CLOCK_SKEW_TOLERANCE = Duration.ofMinutes(5);

    private static final Pattern HSA_ID_FORM = Pattern.compile("SE\\d{10}-[A-Za-z0-9]{1,31}");
    private static final Pattern SCHOOL_UNIT_CODE_FORM = Pattern.compile("\\d{8}");
    private static final Pattern POLICE_UNIT_FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ORGANISATION_NUMBER_FORM = Pattern.compile("\\d{6}-?\\d{4}");
    private static final Pattern FOUR_DIGITS_FORM = Pattern.compile("\\d{4}");
    private static final Pattern URI_FORM = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.+");
    private static final Pattern MEDIA_TYPE_FORM = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
    private static final Pattern SHA256_HEX_FORM = Pattern.compile("[0-9a-f]{64}");

    private final MunicipalityCodes municipalities;
    private final Clock clock;

    /** A validator on the system clock. */
    public ConcernReportValidator(MunicipalityCodes municipalities) {
        this(municipalities, Clock.systemUTC());
    }

    /** A validator whose "now" (today's date, the latest acceptable submission time) comes from {@code clock}. */
    public ConcernReportValidator(MunicipalityCodes municipalities, Clock clock) {
        this.municipalities = Objects.requireNonNull(municipalities, "municipalities");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** All violations of the report; empty when it is acceptable. */
    public List<FieldViolation> validate(ConcernReport report) {
        List<FieldViolation> out = new ArrayList<>();
        if (report == null) {
            out.add(missing("report"));
            return out;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SwedishTime.ZONE);
        validateReportId(report.getReportId(), out);
        if (blank(report.getConnectorId())) {
            out.add(missing("connectorId"));
        }
        if (report.getSubmittedAt() == null) {
            out.add(missing("submittedAt"));
        } else if (report.getSubmittedAt().isAfter(now.plus(CLOCK_SKEW_TOLERANCE))) {
            out.add(invalid(
                    "submittedAt",
                    "lies more than " + CLOCK_SKEW_TOLERANCE.toMinutes()
                            + " minutes in the future: the submitting system's clock is wrong"));
        }
        if (report.getReporter() == null) {
            out.add(missing("reporter"));
        } else {
            validateReporter(report.getReporter(), out);
        }
        if (report.getChild() == null) {
            out.add(missing("child"));
        } else {
            validateChild(report.getChild(), today, out);
        }
        validateObservations(report.getObservations(), out);
        if (report.getUrgency() == null) {
            out.add(missing("urgency"));
        }
        List<AttachmentRef> attachments = report.getAttachments();
        if (attachments != null) {
            for (int i = 0; i < attachments.size(); i++) {
                validateAttachment(attachments.get(i), "attachments[" + i + "]", out);
            }
        }
        return out;
    }

    private static void validateReportId(String reportId, List<FieldViolation> out) {
        if (blank(reportId)) {
            out.add(missing("reportId"));
            return;
        }
        try {
            UUID.fromString(reportId);
        } catch (IllegalArgumentException e) {
            out.add(invalid("reportId", "must be a UUID"));
        }
    }

    private void validateReporter(Reporter reporter, List<FieldViolation> out) {
        ReporterKind kind = reporter.getKind();
        if (kind == null) {
            out.add(missing("reporter.kind"));
            return;
        }
        boolean hasIdentity = !blank(reporter.getName()) || !blank(reporter.getPhone()) || !blank(reporter.getEmail());
        switch (kind) {
            case MANDATORY_PROFESSIONAL -> {
                if (blank(reporter.getName())) {
                    out.add(new FieldViolation(
                            RejectionReason.ANONYMOUS_MANDATORY_REPORTER,
                            "reporter.name",
                            "a mandatory reporter reports in their professional role and cannot be anonymous"));
                }
                if (reporter.getOrganisation() == null) {
                    out.add(new FieldViolation(
                            RejectionReason.MISSING_REPORTING_ORGANISATION,
                            "reporter.organisation",
                            "a mandatory reporter must name the organisation they report for"));
                } else {
                    if (blank(reporter.getOrganisation().getName())) {
                        out.add(missing("reporter.organisation.name"));
                    }
                    validateOrganisationId(reporter.getOrganisation().getId(), "reporter.organisation.id", out);
                }
            }
            case PRIVATE_PERSON -> {
                if (blank(reporter.getName())) {
                    out.add(new FieldViolation(
                            RejectionReason.MISSING_FIELD,
                            "reporter.name",
                            "an identified private reporter needs a name; a report without one is ANONYMOUS"));
                }
                if (reporter.getOrganisation() != null) {
                    out.add(invalid("reporter.organisation", "only a mandatory reporter reports for an organisation"));
                }
            }
            case ANONYMOUS -> {
                if (hasIdentity) {
                    out.add(invalid(
                            "reporter", "an anonymous report must carry no name, phone or email of the reporter"));
                }
                if (reporter.getOrganisation() != null) {
                    out.add(invalid("reporter.organisation", "only a mandatory reporter reports for an organisation"));
                }
            }
        }
    }

    private void validateOrganisationId(OrganisationId id, String field, List<FieldViolation> out) {
        if (id == null || id.getScheme() == null) {
            out.add(missing(field));
            return;
        }
        String value = id.getValue();
        if (blank(value)) {
            out.add(missing(field + ".value"));
            return;
        }
        String problem = switch (id.getScheme()) {
            case ORGANISATION_NUMBER -> organisationNumberProblem(value);
            case HSA_ID ->
                HSA_ID_FORM.matcher(value).matches()
                        ? null
                        : "an HSA id looks like SE2321000016-ABCD (SE, ten digits, '-', a local part)";
            case SCHOOL_UNIT_CODE ->
                SCHOOL_UNIT_CODE_FORM.matcher(value).matches() ? null : "a school unit code has eight digits";
            case POLICE_UNIT ->
                POLICE_UNIT_FORM.matcher(value).matches()
                        ? null
                        : "a police unit code is 1-64 letters, digits, '.', '_' or '-'";
            case MUNICIPALITY_CODE -> municipalities.isKnown(value) ? null : "not a known municipality code";
        };
        if (problem != null) {
            out.add(invalid(field + ".value", problem));
        }
    }

    private static String organisationNumberProblem(String value) {
        String digits = value.replace("-", "");
        if (!ORGANISATION_NUMBER_FORM.matcher(value).matches()) {
            return "an organisation number has ten digits, NNNNNN-NNNN";
        }
        return PersonalIdentityNumber.luhnCheckDigit(digits.substring(0, 9)) == digits.charAt(9) - '0'
                ? null
                : "the organisation number has a wrong check digit";
    }

    private void validateChild(Child child, LocalDate today, List<FieldViolation> out) {
        String pnr = child.getPersonalIdentityNumber();
        if (pnr != null) {
            try {
                PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(pnr, today);
                if (!parsed.canonical().equals(pnr)) {
                    out.add(new FieldViolation(
                            RejectionReason.INVALID_PERSONAL_IDENTITY_NUMBER,
                            "child.personalIdentityNumber",
                            "must be in the canonical form of 12 digits, YYYYMMDDNNNC"));
                }
            } catch (InvalidPersonalIdentityNumberException e) {
                out.add(new FieldViolation(
                        RejectionReason.INVALID_PERSONAL_IDENTITY_NUMBER,
                        "child.personalIdentityNumber",
                        e.getMessage()));
            }
        } else if (blank(child.getGivenName()) && blank(child.getFamilyName())) {
            out.add(new FieldViolation(
                    RejectionReason.MISSING_FIELD,
                    "child.personalIdentityNumber",
                    "the child needs a personal identity number, or at least a name when the number is unknown"));
        }
        if (child.getDateOfBirth() != null && child.getDateOfBirth().isAfter(today)) {
            out.add(invalid("child.dateOfBirth", "is in the future"));
        }
        checkMunicipality(child.getMunicipalityOfRegistration(), "child.municipalityOfRegistration", out);
        checkMunicipality(child.getCurrentMunicipality(), "child.currentMunicipality", out);
    }

    private void checkMunicipality(String code, String field, List<FieldViolation> out) {
        if (code != null && !municipalities.isKnown(code)) {
            out.add(new FieldViolation(
                    RejectionReason.UNKNOWN_MUNICIPALITY,
                    field,
                    FOUR_DIGITS_FORM.matcher(code).matches()
                            ? "is not one of Sweden's municipality codes"
                            : "must be a four-digit municipality code"));
        }
    }

    private static void validateObservations(List<Observation> observations, List<FieldViolation> out) {
        if (observations == null || observations.isEmpty()) {
            out.add(new FieldViolation(
                    RejectionReason.NO_OBSERVATIONS,
                    "observations",
                    "a report must state at least one observation that prompted it"));
            return;
        }
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String field = "observations[" + i + "]";
            if (o == null) {
                out.add(missing(field));
                continue;
            }
            if (o.getCategory() == null) {
                out.add(missing(field + ".category"));
            }
            if (blank(o.getDescription())) {
                out.add(missing(field + ".description"));
            } else if (o.getDescription().length() > MAX_DESCRIPTION_LENGTH) {
                out.add(invalid(field + ".description", "is longer than " + MAX_DESCRIPTION_LENGTH + " characters"));
            }
        }
    }

    private static void validateAttachment(AttachmentRef a, String field, List<FieldViolation> out) {
        if (a == null) {
            out.add(missing(field));
            return;
        }
        if (blank(a.getUri()) || !URI_FORM.matcher(a.getUri()).matches()) {
            out.add(invalid(field + ".uri", "must be an absolute URI"));
        }
        if (blank(a.getMediaType())
                || !MEDIA_TYPE_FORM.matcher(a.getMediaType()).matches()) {
            out.add(invalid(field + ".mediaType", "must be a media type such as application/pdf"));
        }
        if (a.getSha256() == null || !SHA256_HEX_FORM.matcher(a.getSha256()).matches()) {
            out.add(invalid(field + ".sha256", "must be 64 lower-case hex digits"));
        }
        if (a.getSizeBytes() < 0) {
            out.add(invalid(field + ".sizeBytes", "must not be negative"));
        }
    }

    private static FieldViolation missing(String field) {
        return new FieldViolation(RejectionReason.MISSING_FIELD, field, "is required");
    }

    private static FieldViolation invalid(String field, String message) {
        return new FieldViolation(RejectionReason.INVALID_FIELD, field, message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
