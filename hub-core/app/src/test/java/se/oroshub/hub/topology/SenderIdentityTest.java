package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * The hub knows who sent a record by the topic it was read from, which the broker lets only that sender write, never
 * by a field the writer fills in: a record claiming another sender is dead-lettered and audited, and has no effect.
 */
class SenderIdentityTest {

    private final HubDriver hub = new HubDriver();

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void aMunicipalityCannotSpeakForAnotherThroughItsOwnStatusTopic() {
        ConcernReport report = HubDriver.report().registeredIn(STOCKHOLM).build();
        hub.submit(report);
        CaseStatusEvent claimsStockholm = TestEvents.decision(
                report.getReportId(),
                STOCKHOLM,
                HubDriver.START.plus(Duration.ofDays(2)),
                InvestigationDecision.OPENED,
                false);

        hub.publishVia(GOTEBORG, claimsStockholm);

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.SENDER_NOT_PERMITTED);
            assertThat(rejection.getField()).isEqualTo("municipalityCode");
            assertThat(rejection.getSourceTopic())
                    .isEqualTo(Topics.MUNICIPALITY_STATUS_EVENTS.of(GOTEBORG).name());
        });
        assertThat(hub.values(Topics.AUDIT))
                .filteredOn(a -> a.getAction() == AuditAction.STATUS_REJECTED)
                .singleElement()
                .satisfies(a -> assertThat(a.getReasonCode()).isEqualTo("sender_not_permitted"));
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".feedback"));

        hub.publish(claimsStockholm);
        assertThat(hub.producedTopicNames())
                .as("the same event from the responsible municipality's own topic is applied")
                .anyMatch(name -> name.endsWith(".feedback"));
    }

    @Test
    void aReportOnAnotherConnectorsIntakeTopicIsDeadLetteredAndAudited() {
        ConcernReport namesTheSchool = HubDriver.report().build();

        hub.submitVia("healthcare", namesTheSchool);

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.SENDER_NOT_PERMITTED);
            assertThat(rejection.getField()).isEqualTo("connectorId");
            assertThat(rejection.getSourceTopic())
                    .isEqualTo(Topics.CONNECTOR_INTAKE.of("healthcare").name());
        });
        assertThat(hub.values(Topics.AUDIT))
                .extracting(a -> a.getAction() + "/" + a.getReasonCode())
                .containsExactly(AuditAction.REJECTED + "/sender_not_permitted");
        assertNothingAccepted();
    }

    @Test
    void aConnectorCannotSpeakForAnOrganisationOutsideItsMandate() {
        OrganisationId healthCentre = new OrganisationId(OrganisationIdScheme.HSA_ID, "SE2321000016-15CQ");

        hub.submit(HubDriver.report().organisation(healthCentre).build());

        assertThat(hub.values(Topics.DEAD_LETTER)).singleElement().satisfies(rejection -> {
            assertThat(rejection.getReason()).isEqualTo(RejectionReason.SENDER_NOT_PERMITTED);
            assertThat(rejection.getField()).isEqualTo("reporter.organisation.id");
        });
        assertNothingAccepted();
    }

    @Test
    void theIntakeTopicOfAConnectorWithoutAMandateIsNotEvenRead() {
        assertThat(HubDriver.defaultConfig().intakeTopics())
                .extracting(TopicSpec::name)
                .contains(HubDriver.INTAKE)
                .doesNotContain(Topics.CONNECTOR_INTAKE.of("unlisted").name());
        assertThatThrownBy(() ->
                        hub.submit(HubDriver.report().connector("unlisted").build()))
                .hasMessageContaining("Unknown topic: "
                        + Topics.CONNECTOR_INTAKE.of("unlisted").name());
        assertNothingAccepted();
    }

    @Test
    void theReceiptGoesToTheSendingConnectorsOwnReceiptsTopicOnly() {
        ConcernReport report = HubDriver.report().build();

        hub.submit(report);

        assertThat(hub.values(HubDriver.RECEIPTS))
                .singleElement()
                .satisfies(receipt -> assertThat(receipt.getReportId()).isEqualTo(report.getReportId()));
        assertThat(hub.producedTopicNames())
                .filteredOn(name -> name.endsWith(".receipts"))
                .containsExactly(HubDriver.RECEIPTS.name());
        assertThat(hub.provisioned()).contains(HubDriver.RECEIPTS.name());
    }

    private void assertNothingAccepted() {
        assertThat(hub.producedTopicNames()).noneMatch(name -> name.endsWith(".receipts") || name.endsWith(".reports"));
        assertThat(hub.values(Topics.AUDIT)).noneMatch(a -> a.getAction() == AuditAction.ACCEPTED);
    }
}
