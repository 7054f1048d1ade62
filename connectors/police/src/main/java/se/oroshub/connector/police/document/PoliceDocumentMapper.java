package se.oroshub.connector.police.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.oroshub.schemas.avro.AttachmentRef;
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
 * Maps a schema-valid police document to the hub's {@link ConcernReport}.
 *
 * <p>The police are mandatory reporters (old SoL 14 kap. 1 §) and can never be anonymous: the reporter is the sending
 * unit, identified as {@link OrganisationIdScheme#POLICE_UNIT}, answered at its function address; the officer is named
 * with their role. The report id is {@link ReportIds#of derived} from the unit and the document id.
 *
 * <p>Only call with a document that {@link PoliceDocumentReader} found valid; the schema guarantees every element
 * this mapper reads.
 */
public final class PoliceDocumentMapper {

    private final String connectorId;

    public PoliceDocumentMapper(String connectorId) {
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
    }

    /**
     * Maps a valid document.
     *
     * @param document   a document {@link PoliceDocumentReader} found valid
     * @param receivedAt when this connector took the document in; becomes {@code submittedAt}, in milliseconds. The
     *                   same document taken in at the same instant maps to the identical report (same digest).
     */
    public MappedDocument map(Document document, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Element root = document.getDocumentElement();
        Element sender = child(root, "sender");
        String policeUnit = text(sender, "policeUnit");
        String documentId = text(root, "documentId");
        OrganisationId unit = OrganisationId.newBuilder()
                .setScheme(OrganisationIdScheme.POLICE_UNIT)
                .setValue(policeUnit)
                .build();

        Reporter reporter = Reporter.newBuilder()
                .setKind(ReporterKind.MANDATORY_PROFESSIONAL)
                .setOrganisation(ReportingOrganisation.newBuilder()
                        .setId(unit)
                        .setName(text(sender, "unitName"))
                        .setFunctionAddress(text(sender, "functionAddress"))
                        .build())
                .setName(text(child(root, "reportingOfficer"), "name"))
                .setRole(text(child(root, "reportingOfficer"), "role"))
                .build();

        Element urgency = child(root, "urgency");
        String reportId = ReportIds.of(policeUnit, documentId).toString();
        ConcernReport.Builder builder = ConcernReport.newBuilder()
                .setReportId(reportId)
                .setReporter(reporter)
                .setChild(child(child(root, "child")))
                .setObservations(children(child(root, "observations"), "observation").stream()
                        .map(PoliceDocumentMapper::observation)
                        .toList())
                .setUrgency(Urgency.newBuilder()
                        .setReporterMarkedAcute(isTrue(urgency, "reporterMarkedAcute"))
                        .setImmediateDanger(isTrue(urgency, "immediateDanger"))
                        .build())
                .setAttachments(optionalChild(root, "attachments")
                        .map(list -> children(list, "attachment").stream()
                                .map(PoliceDocumentMapper::attachment)
                                .toList())
                        .orElse(List.of()));
        ConcernReport report = builder.setConnectorId(connectorId)
                .setSubmittedAt(receivedAt.truncatedTo(ChronoUnit.MILLIS))
                .build();
        return new MappedDocument(reportId, documentId, unit, report);
    }

    private static Child child(Element child) {
        return Child.newBuilder()
                .setPersonalIdentityNumber(optionalText(child, "personalIdentityNumber")
                        .map(PersonalIdentityNumbers::normalise)
                        .orElse(null))
                .setDateOfBirth(
                        optionalText(child, "dateOfBirth").map(LocalDate::parse).orElse(null))
                .setGivenName(optionalText(child, "givenName").orElse(null))
                .setFamilyName(optionalText(child, "familyName").orElse(null))
                .setMunicipalityOfRegistration(
                        optionalText(child, "municipalityOfRegistration").orElse(null))
                .setCurrentMunicipality(
                        optionalText(child, "currentMunicipality").orElse(null))
                .setWhereabouts(optionalText(child, "whereabouts").orElse(null))
                .build();
    }

    private static Observation observation(Element observation) {
        return Observation.newBuilder()
                .setCategory(ConcernCategory.valueOf(text(observation, "category")))
                .setObservedAt(optionalText(observation, "observedAt")
                        .map(PoliceDocumentMapper::instant)
                        .orElse(null))
                .setDescription(rawText(child(observation, "description")).strip())
                .build();
    }

    private static AttachmentRef attachment(Element attachment) {
        return AttachmentRef.newBuilder()
                .setUri(text(attachment, "uri"))
                .setMediaType(text(attachment, "mediaType"))
                .setSha256(text(attachment, "sha256"))
                .setSizeBytes(Long.parseLong(text(attachment, "sizeBytes")))
                .setTitle(optionalText(attachment, "title").orElse(null))
                .build();
    }

    private static Instant instant(String lexical) {
        return OffsetDateTime.parse(lexical).toInstant();
    }

    /** xs:boolean: {@code true} or {@code 1}. */
    private static boolean isTrue(Element parent, String name) {
        String value = text(parent, name);
        return "true".equals(value) || "1".equals(value);
    }

    private static Element child(Element parent, String name) {
        return optionalChild(parent, name)
                .orElseThrow(
                        () -> new IllegalArgumentException("not a valid document: element '" + name + "' missing"));
    }

    private static Optional<Element> optionalChild(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && PoliceDocumentReader.NAMESPACE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                result.add(element);
            }
        }
        return result;
    }

    /** Token content (the schema's xs:token types): whitespace collapsed. */
    private static String text(Element parent, String name) {
        return collapse(rawText(child(parent, name)));
    }

    private static Optional<String> optionalText(Element parent, String name) {
        return optionalChild(parent, name).map(element -> collapse(rawText(element)));
    }

    private static String rawText(Element element) {
        return element.getTextContent();
    }

    private static String collapse(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    /** A mapped document: the report, and what identifies it on the police side. */
    public record MappedDocument(String reportId, String documentId, OrganisationId sender, ConcernReport report) {}
}
