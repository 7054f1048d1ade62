package se.oroshub.connector.police.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import se.oroshub.connector.police.PublishedSchemas;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;

class FeedbackRepresentationTest {

    private static final OrganisationId SODERMALM =
            new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "5000-LPO-SODERMALM");
    private static final String DECIDED = "d6775b58-cf63-5e6c-9876-f5a162db5479";
    private static final String PENDING = "0c0ffee0-cf63-5e6c-9876-f5a162db5479";

    @Test
    void theListOfReportsIsValidAgainstThePublishedFeedbackSchema() throws Exception {
        String xml = FeedbackRepresentation.reports(List.of(
                new ReportStatusView(
                        receipt(DECIDED), Optional.of(notification(DECIDED, InvestigationDecision.OPENED))),
                new ReportStatusView(receipt(PENDING), Optional.empty())));

        PublishedSchemas.validate(FeedbackRepresentation.SCHEMA_RESOURCE, xml);
        assertThat(xml)
                .contains("<decision>OPENED</decision>")
                .contains("<decisionDate>2026-12-01</decisionDate>")
                .contains("<receipt xmlns=\"urn:se:oroshub:police:receipt:1\"><reportId>" + PENDING);
    }

    @Test
    void anEmptyListIsValidToo() throws Exception {
        PublishedSchemas.validate(FeedbackRepresentation.SCHEMA_RESOURCE, FeedbackRepresentation.reports(List.of()));
    }

    @Test
    void eachOfTheThreePermittedDecisionsIsAValidNotification() throws Exception {
        for (InvestigationDecision decision : InvestigationDecision.values()) {
            PublishedSchemas.validate(
                    FeedbackRepresentation.SCHEMA_RESOURCE,
                    FeedbackRepresentation.notification(notification(DECIDED, decision)));
        }
    }

    @Test
    void theFeedbackSchemaRefusesAnythingButTheThreeDecisionsAndADecisionWithoutItsDate() {
        String notification =
                FeedbackRepresentation.notification(notification(DECIDED, InvestigationDecision.NOT_OPENED));
        String list = FeedbackRepresentation.reports(List.of(new ReportStatusView(
                receipt(DECIDED), Optional.of(notification(DECIDED, InvestigationDecision.OPENED)))));

        assertThatThrownBy(() -> PublishedSchemas.validate(
                        FeedbackRepresentation.SCHEMA_RESOURCE, notification.replace("NOT_OPENED", "CLOSED")))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> PublishedSchemas.validate(
                        FeedbackRepresentation.SCHEMA_RESOURCE,
                        notification.replace("</decisionDate>", "</decisionDate><caseOfficer>x</caseOfficer>")))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> PublishedSchemas.validate(
                        FeedbackRepresentation.SCHEMA_RESOURCE,
                        list.replaceAll("<decisionDate>[^<]+</decisionDate>", "")))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void aNotificationCarriesOnlyTheReportTheUnitTheDecisionAndItsDate() throws Exception {
        String xml = FeedbackRepresentation.notification(notification(DECIDED, InvestigationDecision.ALREADY_ONGOING));

        Element root = DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        List<String> children = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element.getTagName() + "=" + element.getTextContent());
            }
        }
        assertThat(children)
                .containsExactly(
                        "reportId=" + DECIDED,
                        "reportingOrganisation=5000-LPO-SODERMALM",
                        "decision=ALREADY_ONGOING",
                        "decisionDate=2026-12-01");
        assertThat(root.getAttribute("notificationId")).isEqualTo("n-" + DECIDED);
    }

    static Receipt receipt(String reportId) {
        return Receipt.newBuilder()
                .setReportId(reportId)
                .setConnectorId("police")
                .setReportingOrganisation(SODERMALM)
                .setAcceptedAt(Instant.parse("2026-11-23T17:06:07.123Z"))
                .setContentDigest("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .build();
    }

    static ReporterNotification notification(String reportId, InvestigationDecision decision) {
        return ReporterNotification.newBuilder()
                .setNotificationId("n-" + reportId)
                .setReportId(reportId)
                .setReportingOrganisation(SODERMALM)
                .setDecision(decision)
                .setDecisionDate(LocalDate.of(2026, 12, 1))
                .setNotifiedAt(Instant.parse("2026-12-01T10:00:00Z"))
                .build();
    }
}
