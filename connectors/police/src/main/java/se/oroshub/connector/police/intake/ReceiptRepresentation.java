package se.oroshub.connector.police.intake;

import java.time.Instant;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;

/**
 * The receipt as the police see it: report id, acceptance time and the SHA-256 digest of exactly what was accepted,
 * as JSON (this record) or as XML in the namespace {@value #NAMESPACE}, published as {@value #SCHEMA_RESOURCE}:
 *
 * <pre>{@code
 * <receipt xmlns="urn:se:oroshub:police:receipt:1">
 *   <reportId>5d0c...</reportId>
 *   <connectorId>police</connectorId>
 *   <reportingOrganisation scheme="POLICE_UNIT">5000-LPO-SODERMALM</reportingOrganisation>
 *   <acceptedAt>2026-11-23T18:05:01.123Z</acceptedAt>
 *   <digest algorithm="SHA-256">9f86...</digest>
 * </receipt>
 * }</pre>
 *
 * @param reportId              the hub's report id (derived from the sending unit and the document id)
 * @param connectorId           the connector that accepted it
 * @param reportingOrganisation the sending unit as {@code SCHEME:value}
 * @param acceptedAt            when the connector accepted it
 * @param digestAlgorithm       {@code SHA-256}
 * @param contentDigest         hex digest of the canonical bytes of the accepted report
 */
public record ReceiptRepresentation(
        String reportId,
        String connectorId,
        String reportingOrganisation,
        Instant acceptedAt,
        String digestAlgorithm,
        String contentDigest) {

    /** Namespace of the XML receipt. */
    public static final String NAMESPACE = "urn:se:oroshub:police:receipt:1";

    /** Class-path location of the XML receipt's schema. */
    public static final String SCHEMA_RESOURCE = "/se/oroshub/connector/police/xml/police-receipt-1.xsd";

    public static ReceiptRepresentation of(Receipt receipt) {
        OrganisationId organisation = receipt.getReportingOrganisation();
        return new ReceiptRepresentation(
                receipt.getReportId(),
                receipt.getConnectorId(),
                organisation == null ? null : organisation.getScheme().name() + ":" + organisation.getValue(),
                receipt.getAcceptedAt(),
                receipt.getDigestAlgorithm(),
                receipt.getContentDigest());
    }

    /** The receipt as an XML document. */
    public String toXml() {
        return XmlDocuments.write(this::writeTo);
    }

    /**
     * Writes the {@code receipt} element, declaring its namespace as the default on it, so it can stand alone or be
     * embedded in another document (the list of reports, {@link FeedbackRepresentation}).
     */
    void writeTo(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("", "receipt", NAMESPACE);
        xml.writeDefaultNamespace(NAMESPACE);
        element(xml, "reportId", reportId);
        element(xml, "connectorId", connectorId);
        if (reportingOrganisation != null) {
            int colon = reportingOrganisation.indexOf(':');
            xml.writeStartElement(NAMESPACE, "reportingOrganisation");
            xml.writeAttribute("scheme", reportingOrganisation.substring(0, colon));
            xml.writeCharacters(reportingOrganisation.substring(colon + 1));
            xml.writeEndElement();
        }
        element(xml, "acceptedAt", acceptedAt.toString());
        xml.writeStartElement(NAMESPACE, "digest");
        xml.writeAttribute("algorithm", digestAlgorithm);
        xml.writeCharacters(contentDigest);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        XmlDocuments.element(xml, NAMESPACE, name, text);
    }
}
