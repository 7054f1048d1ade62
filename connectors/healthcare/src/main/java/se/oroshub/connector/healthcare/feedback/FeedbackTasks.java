package se.oroshub.connector.healthcare.feedback;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskIntent;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import se.oroshub.connector.healthcare.fhir.FhirSystems;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

/**
 * The feedback on a report as a FHIR {@code Task}: social services' handling of the report, carrying only what the law
 * lets them tell a mandatory reporter (old SoL 14 kap. 1 b §, OSL 26 kap. 9 a §): whether an investigation was opened,
 * not opened or is already ongoing, and the date of that decision.
 *
 * <p>The Task is built from a {@link ReportStatusView}, which holds nothing else, and names nothing else: no case
 * officer, no measures, no child, no content. Before a decision has been given (or when it is withheld) the Task is
 * {@code received} with no business status; afterwards it is {@code completed} with the decision as
 * {@code businessStatus}.
 */
public final class FeedbackTasks {

    private FeedbackTasks() {}

    /** The Task of one report. */
    public static Task taskOf(ReportStatusView view) {
        Task task = new Task();
        task.setId(view.reportId());
        task.addIdentifier(new Identifier().setSystem(FhirSystems.REPORT_ID).setValue(view.reportId()));
        task.setIntent(TaskIntent.ORDER);
        task.setFocus(new Reference("Communication/" + view.reportId()));
        if (view.organisation() != null) {
            task.setRequester(organisationReference(view.organisation()));
        }
        view.decision()
                .ifPresentOrElse(
                        notification -> {
                            task.setStatus(TaskStatus.COMPLETED);
                            task.setBusinessStatus(decisionConcept(notification.getDecision()));
                            DateTimeType decided = new DateTimeType(
                                    notification.getDecisionDate().toString());
                            task.setAuthoredOnElement(decided);
                            task.setLastModifiedElement(decided.copy());
                        },
                        () -> {
                            task.setStatus(TaskStatus.RECEIVED);
                            task.setAuthoredOn(Date.from(view.acceptedAt()));
                        });
        return task;
    }

    /** The decision as a coding of our code system, with its Swedish display. */
    public static CodeableConcept decisionConcept(InvestigationDecision decision) {
        String display = switch (decision) {
            case OPENED -> "Utredning inledd";
            case NOT_OPENED -> "Utredning inleds inte";
            case ALREADY_ONGOING -> "Utredning pågår redan";
        };
        return new CodeableConcept()
                .addCoding(new Coding(FhirSystems.INVESTIGATION_DECISION, decision.name(), display));
    }

    private static Reference organisationReference(OrganisationId id) {
        Identifier identifier = new Identifier().setValue(id.getValue());
        if (id.getScheme() == OrganisationIdScheme.HSA_ID) {
            identifier.setSystem(FhirSystems.HSA_ID);
        }
        return new Reference().setType("Organization").setIdentifier(identifier);
    }
}
