package se.oroshub.connector.police.intake;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.ReporterNotification;

/**
 * The feedback as the police see it, in the namespace {@value #NAMESPACE}, published as {@value #SCHEMA_RESOURCE}.
 * It carries what the law lets social services tell a mandatory reporter and nothing else (old SoL 14 kap. 1 b §;
 * OSL 26 kap. 9 a §): which report, OPENED / NOT_OPENED / ALREADY_ONGOING, and the date of the decision.
 *
 * <p>The list of a unit's reports ({@code GET /api/v1/reports}):
 * <pre>{@code
 * <reports xmlns="urn:se:oroshub:police:feedback:1">
 *   <report>
 *     <receipt xmlns="urn:se:oroshub:police:receipt:1">...</receipt>
 *     <decision>OPENED</decision>
 *     <decisionDate>2026-12-01</decisionDate>
 *   </report>
 * </reports>
 * }</pre>
 *
 * <p>One notification (a file in the transfer directory's outbox):
 * <pre>{@code
 * <feedback xmlns="urn:se:oroshub:police:feedback:1" notificationId="0b6f...">
 *   <reportId>5d0c...</reportId>
 *   <reportingOrganisation scheme="POLICE_UNIT">5000-LPO-SODERMALM</reportingOrganisation>
 *   <decision>NOT_OPENED</decision>
 *   <decisionDate>2026-12-01</decisionDate>
 * </feedback>
 * }</pre>
 */
public final class FeedbackRepresentation {

    /** Namespace of the feedback documents. */
    public static final String NAMESPACE = "urn:se:oroshub:police:feedback:1";

    /** Class-path location of their schema (which imports the receipt's, {@link ReceiptRepresentation#SCHEMA_RESOURCE}). */
    public static final String SCHEMA_RESOURCE = "/se/oroshub/connector/police/xml/police-feedback-1.xsd";

    private FeedbackRepresentation() {}

    /** The reports, in the order given, each with its receipt and, when present, the permitted decision. */
    public static String reports(List<ReportStatusView> reports) {
        return XmlDocuments.write(xml -> {
            xml.writeStartElement("", "reports", NAMESPACE);
            xml.writeDefaultNamespace(NAMESPACE);
            for (ReportStatusView report : reports) {
                xml.writeStartElement(NAMESPACE, "report");
                ReceiptRepresentation.of(report.receipt()).writeTo(xml);
                if (report.decision().isPresent()) {
                    decision(xml, report.decision().get());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** One notification as a document of its own. */
    public static String notification(ReporterNotification notification) {
        return XmlDocuments.write(xml -> {
            xml.writeStartElement("", "feedback", NAMESPACE);
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("notificationId", notification.getNotificationId());
            XmlDocuments.element(xml, NAMESPACE, "reportId", notification.getReportId());
            OrganisationId organisation = notification.getReportingOrganisation();
            xml.writeStartElement(NAMESPACE, "reportingOrganisation");
            xml.writeAttribute("scheme", organisation.getScheme().name());
            xml.writeCharacters(organisation.getValue());
            xml.writeEndElement();
            decision(xml, notification);
            xml.writeEndElement();
        });
    }

    private static void decision(XMLStreamWriter xml, ReporterNotification notification) throws XMLStreamException {
        XmlDocuments.element(
                xml, NAMESPACE, "decision", notification.getDecision().name());
        XmlDocuments.element(
                xml, NAMESPACE, "decisionDate", notification.getDecisionDate().toString());
    }
}
