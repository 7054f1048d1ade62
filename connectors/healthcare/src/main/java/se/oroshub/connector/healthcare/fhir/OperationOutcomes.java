package se.oroshub.connector.healthcare.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Builds the {@code OperationOutcome}s this connector answers with. */
public final class OperationOutcomes {

    private OperationOutcomes() {}

    /** One error issue per problem, each with its FHIRPath, plain-words diagnostics and our code in {@code details}. */
    public static OperationOutcome errors(List<Issue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (Issue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(issue.type())
                    .setDetails(details(issue.code()))
                    .setDiagnostics(issue.diagnostics());
            issue.expression().filter(e -> !e.isEmpty()).ifPresent(component::addExpression);
        }
        return outcome;
    }

    /** A single error about the request as a whole. */
    public static OperationOutcome error(String code, IssueType type, String diagnostics) {
        return errors(List.of(Issue.ofBody(code, type, diagnostics)));
    }

    /** A single information issue (for example: the report was accepted). */
    public static OperationOutcome information(String code, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.INFORMATION)
                .setCode(IssueType.INFORMATIONAL)
                .setDetails(details(code))
                .setDiagnostics(diagnostics);
        return outcome;
    }

    private static CodeableConcept details(String code) {
        return new CodeableConcept().addCoding(new Coding(FhirSystems.ISSUE_CODE, code, null));
    }
}
