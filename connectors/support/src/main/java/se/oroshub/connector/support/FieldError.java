package se.oroshub.connector.support;

import java.util.Objects;

/**
 * One rejected field: which field, why (a stable code) and a message for people. Rendered in the {@code errors} array
 * of a problem-details response as {@code {"field": ..., "code": "snake_case", "message": ...}}.
 *
 * <p>The message never contains the rejected value: a bad personal identity number is still personal data.
 *
 * @param field   the field's path in the caller's own request format (e.g. {@code child.personalIdentityNumber}),
 *                or the contract's path when a connector does not translate it; never null, {@code ""} for the whole
 *                request
 * @param code    why it was rejected
 * @param message a human-readable explanation
 */
public record FieldError(String field, ErrorCode code, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The same error reported against another field path (a connector translating contract paths to its own). */
    public FieldError atField(String otherField) {
        return new FieldError(otherField, code, message);
    }
}
