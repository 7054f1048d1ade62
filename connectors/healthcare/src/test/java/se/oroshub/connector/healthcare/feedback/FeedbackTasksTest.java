package se.oroshub.connector.healthcare.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.oroshub.connector.healthcare.fhir.FhirSystems;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.ReporterNotification;

/** Old SoL 14 kap. 1 b §: the reporter may learn whether an investigation was opened, and nothing else. */
class FeedbackTasksTest {

    private static final OrganisationId BVC = new OrganisationId(OrganisationIdScheme.HSA_ID, "SE1234567890-BVC1");
    private static final String REPORT_ID = "5b0e4f1c-2a3d-4b6e-8f90-1a2b3c4d5e6f";

    @ParameterizedTest
    @EnumSource(InvestigationDecision.class)
    void aDecisionIsTheCompletedTasksBusinessStatusDatedTheDecisionDate(InvestigationDecision decision) {
        Task task = FeedbackTasks.taskOf(view(Optional.of(notification(decision))));

        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        assertThat(task.getBusinessStatus().getCoding()).singleElement().satisfies(coding -> {
            assertThat(coding.getSystem()).isEqualTo(FhirSystems.INVESTIGATION_DECISION);
            assertThat(coding.getCode()).isEqualTo(decision.name());
        });
        assertThat(task.getAuthoredOnElement().getValueAsString()).isEqualTo("2026-11-16");
        assertThat(task.getLastModifiedElement().getValueAsString()).isEqualTo("2026-11-16");
    }

    @Test
    void withoutAPermittedDecisionTheTaskIsOnlyReceived() {
        Task task = FeedbackTasks.taskOf(view(Optional.empty()));

        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.RECEIVED);
        assertThat(task.hasBusinessStatus()).isFalse();
        assertThat(task.hasLastModified()).isFalse();
    }

    @Test
    void theTaskNamesTheReportAndTheReportingOrganisationAndNothingElse() {
        Task task = FeedbackTasks.taskOf(view(Optional.of(notification(InvestigationDecision.OPENED))));

        assertThat(task.getFocus().getReference()).isEqualTo("Communication/" + REPORT_ID);
        assertThat(task.getRequester().getIdentifier().getSystem()).isEqualTo(FhirSystems.HSA_ID);
        assertThat(task.getRequester().getIdentifier().getValue()).isEqualTo(BVC.getValue());
        assertThat(task.hasOwner()).isFalse();
        assertThat(task.hasFor()).isFalse();
        assertThat(task.hasNote()).isFalse();
        assertThat(task.hasOutput()).isFalse();
        assertThat(task.hasInput()).isFalse();
        assertThat(task.hasDescription()).isFalse();
        assertThat(task.hasStatusReason()).isFalse();
        assertThat(task.hasContained()).isFalse();
        String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(task);
        assertThat(json).doesNotContain("\"note\"", "\"owner\"", "\"for\"", "\"output\"", "\"contained\"");
    }

    private static ReportStatusView view(Optional<ReporterNotification> decision) {
        Receipt receipt = Receipt.newBuilder()
                .setReportId(REPORT_ID)
                .setConnectorId("healthcare")
                .setReportingOrganisation(BVC)
                .setAcceptedAt(Instant.parse("2026-11-02T08:00:00Z"))
                .setContentDigest("a".repeat(64))
                .build();
        return new ReportStatusView(receipt, decision);
    }

    private static ReporterNotification notification(InvestigationDecision decision) {
        return ReporterNotification.newBuilder()
                .setNotificationId("n-" + decision)
                .setReportId(REPORT_ID)
                .setReportingOrganisation(BVC)
                .setDecision(decision)
                .setDecisionDate(LocalDate.parse("2026-11-16"))
                .setNotifiedAt(Instant.parse("2026-11-16T10:00:00Z"))
                .build();
    }
}
