package se.oroshub.schemas.validation;

import java.util.Locale;
import java.util.Objects;
import se.oroshub.schemas.avro.RejectionReason;

/**
 * One reason a submitted report is not acceptable: which field, why, and a stable code. The message never contains the
 * field's value, so a violation is safe to log, to show and to put on the dead-letter topic.
 *
 * @param reason  the stable reason, shared with the dead-letter topic's vocabulary
 * @param field   path of the offending field in the contract, e.g. {@code child.personalIdentityNumber} or
 *                {@code observations[0].description}
 * @param message what is wrong, in words
 */
public record FieldViolation(RejectionReason reason, String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The stable snake_case code of the reason, e.g. {@code invalid_personal_identity_number}. */
    public String code() {
        return codeOf(reason);
    }

    /** The stable snake_case code of a rejection reason. */
    public static String codeOf(RejectionReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return field + ": " + message + " (" + code() + ")";
    }
}
