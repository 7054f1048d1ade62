package se.oroshub.connector.healthcare.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationPayloadComponent;
import org.hl7.fhir.r4.model.Communication.CommunicationPriority;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import se.oroshub.connector.healthcare.fhir.FhirSystems;
import se.oroshub.connector.healthcare.fhir.Issue;
import se.oroshub.connector.reporting.ConcernReports;
import se.oroshub.schemas.avro.Child;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.Observation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReportingOrganisation;
import se.oroshub.schemas.avro.Urgency;
import se.oroshub.schemas.identity.InvalidPersonalIdentityNumberException;
import se.oroshub.schemas.identity.PersonalIdentityNumber;
import se.oroshub.schemas.time.SwedishTime;
import se.oroshub.schemas.validation.ConcernReportValidator;
import se.oroshub.schemas.validation.FieldViolation;

/**
 * Translates a FHIR R4 document (a {@code Bundle}, or a {@code Communication} with contained resources) into the
 * {@link ConcernReport} contract, checking it on the way: the parts a report needs, the identifier systems, the
 * child's personal identity number, and finally the shared {@link ConcernReportValidator}, whose violations are shown at
 * the FHIRPath of the element they came from. Every problem is reported, not only the first.
 *
 * <p>A healthcare reporter is always a mandatory professional reporter (old SoL 14 kap. 1 §) reporting for an
 * organisation identified by its HSA id.
 *
 * <p>The report id is derived from the sending organisation and the Communication's business identifier when it has
 * one, so a sender that retries the same Communication gets the same report id (and the hub's idempotence applies);
 * otherwise it is random. Connector id and {@code submittedAt} are stamped as the reporting module prescribes.
 */
public final class ConcernReportTranslator {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ConcernReportValidator validator;
    private final String connectorId;
    private final Clock clock;
    private final SubmissionReader reader = new SubmissionReader();

    public ConcernReportTranslator(ConcernReportValidator validator, String connectorId, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Translates a parsed document; see the class description for what is checked. */
    public Translation translate(IBaseResource document) {
        SubmissionReader.Parts parts = reader.read(document);
        List<Issue> issues = new ArrayList<>(parts.issues());
        if (parts.communication().isEmpty()) {
            return new Translation.Rejected(issues);
        }
        FieldPaths paths = new FieldPaths();
        Located<Communication> communication = parts.communication().get();
        if (parts.patient().isEmpty() && !issues.isEmpty()) {
            paths.reported("child");
        }

        Optional<OrganisationId> organisationId = parts.organization().flatMap(o -> organisationId(o, paths, issues));
        ConcernReport.Builder builder = ConcernReport.newBuilder();
        reportId(communication.resource(), organisationId).ifPresent(id -> builder.setReportId(id.toString()));
        ConcernReport report = ConcernReports.stamp(builder, connectorId, clock)
                .setReporter(reporter(parts, organisationId, paths))
                .setChild(parts.patient().map(p -> child(p, paths, issues)).orElseGet(Child::new))
                .setObservations(observations(communication, paths, issues))
                .setUrgency(urgency(communication.resource()))
                .setAttachments(List.of())
                .build();
        checkCommunication(communication, issues);

        Set<String> codesSoFar = issues.stream().map(Issue::code).collect(Collectors.toCollection(HashSet::new));
        for (FieldViolation violation : validator.validate(report)) {
            if (codesSoFar.contains(violation.code()) || paths.isReported(violation.field())) {
                continue;
            }
            String expression = paths.of(violation.field()).orElse(communication.path());
            issues.add(Issue.at(expression, violation.code(), typeOf(violation.reason()), sentence(violation)));
        }
        return issues.isEmpty() ? new Translation.Accepted(report, paths) : new Translation.Rejected(issues);
    }

    private static Optional<UUID> reportId(Communication communication, Optional<OrganisationId> sender) {
        Optional<Identifier> business = communication.getIdentifier().stream()
                .filter(i -> i.hasSystem() && i.hasValue())
                .findFirst();
        if (business.isPresent() && sender.isPresent()) {
            String name = sender.get().getValue() + "|" + business.get().getSystem() + "|"
                    + business.get().getValue();
            return Optional.of(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    private static void checkCommunication(Located<Communication> located, List<Issue> issues) {
        Communication c = located.resource();
        if (!c.hasStatus()) {
            issues.add(Issue.at(
                    located.at("status"),
                    "missing_status",
                    IssueType.REQUIRED,
                    "Communication.status is required; a sent report is 'completed'."));
        }
        if (!c.hasCategory()) {
            issues.add(Issue.at(
                    located.at("category"),
                    "missing_category",
                    IssueType.REQUIRED,
                    "The Communication needs the category '" + FhirSystems.CONCERN_REPORT + "' from "
                            + FhirSystems.COMMUNICATION_CATEGORY + "."));
        } else if (c.getCategory().stream().noneMatch(ConcernReportTranslator::isConcernReport)) {
            issues.add(Issue.at(
                    located.at("category[0]"),
                    "unsupported_category",
                    IssueType.VALUE,
                    "Only a concern report about a child is accepted: category '" + FhirSystems.CONCERN_REPORT
                            + "' from " + FhirSystems.COMMUNICATION_CATEGORY + "."));
        }
    }

    private static boolean isConcernReport(CodeableConcept category) {
        return category.getCoding().stream()
                .anyMatch(coding -> FhirSystems.COMMUNICATION_CATEGORY.equals(coding.getSystem())
                        && FhirSystems.CONCERN_REPORT.equals(coding.getCode()));
    }

    private Urgency urgency(Communication c) {
        CommunicationPriority priority = c.hasPriority() ? c.getPriority() : CommunicationPriority.ROUTINE;
        return Urgency.newBuilder()
                .setReporterMarkedAcute(
                        priority != CommunicationPriority.ROUTINE && priority != CommunicationPriority.NULL)
                .setImmediateDanger(priority == CommunicationPriority.STAT)
                .build();
    }

    private List<Observation> observations(Located<Communication> located, FieldPaths paths, List<Issue> issues) {
        Communication c = located.resource();
        paths.put("observations", located.at("payload"));
        Instant sent = c.hasSent() ? c.getSent().toInstant() : null;
        if (sent != null && sent.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            issues.add(Issue.at(
                    located.at("sent"), "sent_in_future", IssueType.VALUE, "Communication.sent lies in the future."));
        }
        List<Observation> observations = new ArrayList<>();
        List<CommunicationPayloadComponent> payloads = c.getPayload();
        for (int i = 0; i < payloads.size(); i++) {
            CommunicationPayloadComponent payload = payloads.get(i);
            String path = located.at("payload[" + i + "]");
            if (!(payload.getContent() instanceof StringType text)) {
                issues.add(Issue.at(
                        path + ".content",
                        "unsupported_payload",
                        IssueType.VALUE,
                        "Each observation is sent as text (contentString); other payload types are not accepted."));
                continue;
            }
            String field = "observations[" + observations.size() + "]";
            paths.put(field, path);
            paths.put(field + ".description", path + ".contentString");
            observations.add(Observation.newBuilder()
                    .setCategory(category(payload, path, issues))
                    .setObservedAt(null)
                    .setDescription(Objects.toString(text.getValue(), ""))
                    .build());
        }
        return observations;
    }

    private static ConcernCategory category(CommunicationPayloadComponent payload, String path, List<Issue> issues) {
        List<Extension> extensions = payload.getExtension();
        for (int j = 0; j < extensions.size(); j++) {
            Extension extension = extensions.get(j);
            if (!FhirSystems.CONCERN_CATEGORY_EXTENSION.equals(extension.getUrl())) {
                continue;
            }
            String at = path + ".extension[" + j + "].value";
            if (extension.getValue() instanceof Coding coding
                    && FhirSystems.CONCERN_CATEGORY.equals(coding.getSystem())
                    && coding.hasCode()) {
                try {
                    return ConcernCategory.valueOf(
                            coding.getCode().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    issues.add(Issue.at(
                            at,
                            "unknown_concern_category",
                            IssueType.VALUE,
                            "'" + coding.getCode() + "' is not a code of " + FhirSystems.CONCERN_CATEGORY + "."));
                    return ConcernCategory.OTHER;
                }
            }
            issues.add(Issue.at(
                    at,
                    "unknown_concern_category",
                    IssueType.VALUE,
                    "The concern category is a Coding from " + FhirSystems.CONCERN_CATEGORY + "."));
        }
        return ConcernCategory.OTHER;
    }

    private Child child(Located<Patient> located, FieldPaths paths, List<Issue> issues) {
        Patient patient = located.resource();
        Child child = new Child();
        paths.put("child", located.path());
        identity(located, paths, issues).ifPresent(pnr -> child.setPersonalIdentityNumber(pnr.canonical()));
        Optional<HumanName> name = officialName(patient.getName());
        name.ifPresent(n -> {
            child.setGivenName(blankToNull(n.getGivenAsSingleString()));
            child.setFamilyName(blankToNull(n.getFamily()));
        });
        paths.put("child.givenName", located.at("name"));
        paths.put("child.familyName", located.at("name"));
        if (child.getPersonalIdentityNumber() == null && patient.hasBirthDate()) {
            child.setDateOfBirth(LocalDate.ofInstant(patient.getBirthDate().toInstant(), SwedishTime.ZONE));
            paths.put("child.dateOfBirth", located.at("birthDate"));
        }
        List<Address> addresses = patient.getAddress();
        for (int k = 0; k < addresses.size(); k++) {
            Address address = addresses.get(k);
            String at = located.at("address[" + k + "]");
            Optional<Sourced<String>> code = municipalityCode(address, at);
            boolean temporary = address.getUse() == Address.AddressUse.TEMP;
            if (temporary) {
                if (child.getCurrentMunicipality() == null && code.isPresent()) {
                    child.setCurrentMunicipality(code.get().value());
                    paths.put("child.currentMunicipality", code.get().path());
                }
                if (child.getWhereabouts() == null) {
                    child.setWhereabouts(blankToNull(describe(address)));
                    paths.put("child.whereabouts", at);
                }
            } else if (child.getMunicipalityOfRegistration() == null && code.isPresent()) {
                child.setMunicipalityOfRegistration(code.get().value());
                paths.put("child.municipalityOfRegistration", code.get().path());
            }
        }
        return child;
    }

    /** A value and the FHIRPath it was read from. */
    private record Sourced<T>(T value, String path) {}

    private Optional<PersonalIdentityNumber> identity(Located<Patient> located, FieldPaths paths, List<Issue> issues) {
        paths.put("child.personalIdentityNumber", located.at("identifier"));
        List<Identifier> identifiers = located.resource().getIdentifier();
        List<Issue> foreign = new ArrayList<>();
        for (int j = 0; j < identifiers.size(); j++) {
            Identifier identifier = identifiers.get(j);
            String at = located.at("identifier[" + j + "]");
            String system = identifier.getSystem();
            boolean personnummer = FhirSystems.PERSONNUMMER.equals(system);
            boolean samordningsnummer = FhirSystems.SAMORDNINGSNUMMER.equals(system);
            if (!personnummer && !samordningsnummer) {
                foreign.add(
                        system == null
                                ? Issue.at(
                                        at + ".system",
                                        "missing_identifier_system",
                                        IssueType.REQUIRED,
                                        "The child's identifier has no system; use " + FhirSystems.PERSONNUMMER + " or "
                                                + FhirSystems.SAMORDNINGSNUMMER + ".")
                                : Issue.at(
                                        at + ".system",
                                        "unknown_identifier_system",
                                        IssueType.INVALID,
                                        "The child's identifier system '" + system + "' is not accepted; use "
                                                + FhirSystems.PERSONNUMMER + " or " + FhirSystems.SAMORDNINGSNUMMER
                                                + "."));
                continue;
            }
            paths.put("child.personalIdentityNumber", at + ".value");
            PersonalIdentityNumber pnr;
            try {
                pnr = PersonalIdentityNumber.parse(
                        identifier.getValue(), LocalDate.now(clock.withZone(SwedishTime.ZONE)));
            } catch (InvalidPersonalIdentityNumberException e) {
                paths.reported("child.personalIdentityNumber");
                issues.add(Issue.at(
                        at + ".value",
                        FieldViolation.codeOf(RejectionReason.INVALID_PERSONAL_IDENTITY_NUMBER),
                        e.problem() == InvalidPersonalIdentityNumberException.Problem.MISSING
                                ? IssueType.REQUIRED
                                : IssueType.VALUE,
                        "The child's " + e.getMessage() + "."));
                return Optional.empty();
            }
            if (pnr.isCoordinationNumber() != samordningsnummer) {
                issues.add(Issue.at(
                        at + ".system",
                        "identifier_system_mismatch",
                        IssueType.VALUE,
                        pnr.isCoordinationNumber()
                                ? "The number is a samordningsnummer (day of birth plus 60); use the system "
                                        + FhirSystems.SAMORDNINGSNUMMER + "."
                                : "The number is a personnummer; use the system " + FhirSystems.PERSONNUMMER + "."));
            }
            return Optional.of(pnr);
        }
        if (!foreign.isEmpty()) {
            paths.reported("child.personalIdentityNumber");
            issues.addAll(foreign);
        }
        return Optional.empty();
    }

    private static Optional<Sourced<String>> municipalityCode(Address address, String at) {
        List<Extension> extensions = address.getExtension();
        for (int m = 0; m < extensions.size(); m++) {
            Extension extension = extensions.get(m);
            if (!FhirSystems.MUNICIPALITY_CODE_EXTENSION.equals(extension.getUrl())) {
                continue;
            }
            String path = at + ".extension[" + m + "].value";
            if (extension.getValue() instanceof Coding coding) {
                return Optional.of(new Sourced<>(Objects.toString(coding.getCode(), ""), path + ".code"));
            }
            if (extension.getValue() instanceof PrimitiveType<?> primitive) {
                return Optional.of(new Sourced<>(Objects.toString(primitive.getValueAsString(), ""), path));
            }
            return Optional.of(new Sourced<>("", path));
        }
        if (address.hasDistrict() && address.getDistrict().strip().matches("\\d+")) {
            return Optional.of(new Sourced<>(address.getDistrict().strip(), at + ".district"));
        }
        return Optional.empty();
    }

    private static String describe(Address address) {
        if (address.hasText()) {
            return address.getText();
        }
        List<String> parts = new ArrayList<>();
        address.getLine().forEach(line -> parts.add(line.getValue()));
        if (address.hasPostalCode()) {
            parts.add(address.getPostalCode());
        }
        if (address.hasCity()) {
            parts.add(address.getCity());
        }
        return String.join(", ", parts);
    }

    private static Optional<OrganisationId> organisationId(
            Located<Organization> located, FieldPaths paths, List<Issue> issues) {
        paths.put("reporter.organisation", located.path());
        paths.put("reporter.organisation.name", located.at("name"));
        List<Identifier> identifiers = located.resource().getIdentifier();
        if (identifiers.isEmpty()) {
            paths.put("reporter.organisation.id", located.at("identifier"));
            paths.reported("reporter.organisation.id");
            issues.add(Issue.at(
                    located.at("identifier"),
                    "missing_hsa_id",
                    IssueType.REQUIRED,
                    "The sending Organization needs its HSA id as an identifier with system " + FhirSystems.HSA_ID
                            + "."));
            return Optional.empty();
        }
        for (int j = 0; j < identifiers.size(); j++) {
            Identifier identifier = identifiers.get(j);
            if (FhirSystems.HSA_ID.equals(identifier.getSystem())) {
                paths.put("reporter.organisation.id", located.at("identifier[" + j + "]"));
                return Optional.of(
                        new OrganisationId(OrganisationIdScheme.HSA_ID, Objects.toString(identifier.getValue(), "")));
            }
        }
        paths.reported("reporter.organisation.id");
        for (int j = 0; j < identifiers.size(); j++) {
            String system = identifiers.get(j).getSystem();
            issues.add(Issue.at(
                    located.at("identifier[" + j + "].system"),
                    system == null ? "missing_identifier_system" : "unknown_identifier_system",
                    system == null ? IssueType.REQUIRED : IssueType.INVALID,
                    (system == null
                                    ? "The Organization's identifier has no system"
                                    : "The Organization's identifier system '" + system + "' is not accepted")
                            + "; identify the sending organisation by its HSA id, system " + FhirSystems.HSA_ID + "."));
        }
        return Optional.empty();
    }

    private static Reporter reporter(
            SubmissionReader.Parts parts, Optional<OrganisationId> organisationId, FieldPaths paths) {
        Reporter reporter = new Reporter();
        reporter.setKind(ReporterKind.MANDATORY_PROFESSIONAL);
        parts.organization().ifPresent(o -> {
            Organization organization = o.resource();
            reporter.setOrganisation(ReportingOrganisation.newBuilder()
                    .setId(organisationId.orElseGet(() -> new OrganisationId(OrganisationIdScheme.HSA_ID, "")))
                    .setName(Objects.toString(organization.getName(), ""))
                    .setFunctionAddress(telecom(organization.getTelecom(), ContactPoint.ContactPointSystem.EMAIL)
                            .orElse(null))
                    .build());
        });
        Optional<PractitionerRole> role = parts.practitionerRole().map(Located::resource);
        Optional<Practitioner> practitioner = parts.practitioner().map(Located::resource);
        parts.practitioner().ifPresent(p -> paths.put("reporter.name", p.at("name")));
        practitioner
                .flatMap(p -> officialName(p.getName()))
                .ifPresent(n -> reporter.setName(blankToNull(n.getNameAsSingleString())));
        role.flatMap(r -> r.getCode().stream().findFirst())
                .ifPresent(code -> reporter.setRole(blankToNull(text(code))));
        reporter.setPhone(contact(role, practitioner, ContactPoint.ContactPointSystem.PHONE)
                .orElse(null));
        reporter.setEmail(contact(role, practitioner, ContactPoint.ContactPointSystem.EMAIL)
                .orElse(null));
        return reporter;
    }

    private static Optional<String> contact(
            Optional<PractitionerRole> role,
            Optional<Practitioner> practitioner,
            ContactPoint.ContactPointSystem system) {
        return role.flatMap(r -> telecom(r.getTelecom(), system))
                .or(() -> practitioner.flatMap(p -> telecom(p.getTelecom(), system)));
    }

    private static Optional<String> telecom(List<ContactPoint> telecom, ContactPoint.ContactPointSystem system) {
        return telecom.stream()
                .filter(t -> t.getSystem() == system && t.hasValue())
                .map(ContactPoint::getValue)
                .findFirst();
    }

    private static String text(CodeableConcept concept) {
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(c -> c.hasDisplay() ? c.getDisplay() : c.getCode())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Optional<HumanName> officialName(List<HumanName> names) {
        return names.stream()
                .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst()
                .or(() -> names.stream().findFirst());
    }

    private static IssueType typeOf(RejectionReason reason) {
        return switch (reason) {
            case MISSING_FIELD, ANONYMOUS_MANDATORY_REPORTER, MISSING_REPORTING_ORGANISATION, NO_OBSERVATIONS ->
                IssueType.REQUIRED;
            case INVALID_FIELD, INVALID_PERSONAL_IDENTITY_NUMBER, UNKNOWN_MUNICIPALITY -> IssueType.VALUE;
            default -> IssueType.INVALID;
        };
    }

    private static String sentence(FieldViolation violation) {
        String message = violation.message();
        String text =
                Character.isUpperCase(message.charAt(0)) ? message : capitalise(violation.field()) + " " + message;
        return text.endsWith(".") ? text : text + ".";
    }

    private static String capitalise(String field) {
        return "The field '" + field + "'";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
