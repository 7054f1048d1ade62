package se.oroshub.connector.police.intake;

import java.util.Objects;
import se.oroshub.connector.police.document.SchemaViolation;
import se.oroshub.connector.support.FieldError;

/**
 * One reason a police document was not accepted, in terms of the document: the element, where it is (when the reason
 * is a schema violation), a stable code and a message. Never carries a value from the document.
 *
 * @param element the element path, e.g. {@code /concernReport/child/personalIdentityNumber}
 * @param line    1-based line, or -1 when the problem is not tied to a position (a contract rule)
 * @param column  1-based column, or -1
 * @param code    stable snake_case code: a schema code ({@code invalid_value}, ...) or a contract code
 *                ({@code invalid_personal_identity_number}, ...)
 * @param message what is wrong, for a person
 */
public record DocumentProblem(String element, int line, int column, String code, String message) {

    public DocumentProblem {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    static DocumentProblem of(SchemaViolation violation) {
        return new DocumentProblem(
                violation.element(), violation.line(), violation.column(), violation.code(), violation.message());
    }

    static DocumentProblem of(FieldError error, String element) {
        return new DocumentProblem(element, -1, -1, error.code().code(), error.message());
    }

    /** Whether the problem has a position in the document. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** One line for a person: position, element, code and message. */
    public String describe() {
        String where = hasPosition() ? "line " + line + ", column " + column + ", " : "";
        return where + (element.isEmpty() ? "(document)" : element) + ": " + code + ": " + message;
    }
}
