package se.oroshub.connector.healthcare.fhir;

import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * One problem with a submission: our stable snake_case code, the FHIR issue type, where it is (a FHIRPath
 * expression, absent when the problem is the body as a whole) and what is wrong, in plain words.
 *
 * <p>Diagnostics never quote submitted values: a submitted value may be a personal identity number.
 */
public record Issue(String code, IssueType type, Optional<String> expression, String diagnostics) {

    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(diagnostics, "diagnostics");
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("issue codes are snake_case, was '" + code + "'");
        }
    }

    /** A problem at one element. */
    public static Issue at(String expression, String code, IssueType type, String diagnostics) {
        return new Issue(code, type, Optional.of(expression), diagnostics);
    }

    /** A problem with the body as a whole. */
    public static Issue ofBody(String code, IssueType type, String diagnostics) {
        return new Issue(code, type, Optional.empty(), diagnostics);
    }

    /** Whether the problem is with the form of the content rather than with what it says (HTTP 400 rather than 422). */
    public boolean isStructural() {
        return type == IssueType.STRUCTURE;
    }
}
