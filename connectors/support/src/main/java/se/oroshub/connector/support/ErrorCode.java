package se.oroshub.connector.support;

import java.util.Locale;
import se.oroshub.schemas.avro.RejectionReason;

/**
 * The stable error codes of every connector API. {@link #code()} is the snake_case form clients match on; it never
 * changes once published. Codes for contract violations are the hub's own {@link RejectionReason}s, so the edge and the
 * hub name a problem the same way.
 */
public enum ErrorCode {
    /** A required field is absent or blank. */
    MISSING_FIELD,
    /** A field has a value of the wrong form or out of range. */
    INVALID_FIELD,
    /** A personal identity number or coordination number with a bad date or check digit. */
    INVALID_PERSONAL_IDENTITY_NUMBER,
    /** A municipality code that is not one of the official codes. */
    UNKNOWN_MUNICIPALITY,
    /** A mandatory professional reporter without a name: professionals cannot report anonymously. */
    ANONYMOUS_MANDATORY_REPORTER,
    /** A mandatory professional reporter without a reporting organisation. */
    MISSING_REPORTING_ORGANISATION,
    /** A report without any observation. */
    NO_OBSERVATIONS,
    /** The same report id was already submitted with different content. */
    CONFLICTING_DUPLICATE,
    /** The request body could not be read (not JSON, wrong type, unknown enum value). */
    MALFORMED_REQUEST,
    /** A field that is not part of the request: nothing but the interface's own fields is accepted. */
    UNKNOWN_FIELD,
    /** The request's media type is not supported by the endpoint. */
    UNSUPPORTED_MEDIA_TYPE,
    /** No such resource, or none the caller may see. */
    NOT_FOUND,
    /** The caller is signed in but may not act for the organisation. */
    ACCESS_DENIED,
    /** The intake did not acknowledge the submission in time: it was not accepted, submit again later. */
    INTAKE_UNAVAILABLE,
    /** An external system (case-management system, registry) did not answer in time or its circuit is open. */
    EXTERNAL_SYSTEM_UNAVAILABLE,
    /** Any other problem. */
    UNSPECIFIED;

    /** The stable snake_case code, e.g. {@code invalid_personal_identity_number}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code for a contract violation the shared validator (or the hub) reports. */
    public static ErrorCode of(RejectionReason reason) {
        return switch (reason) {
            case MISSING_FIELD -> MISSING_FIELD;
            case INVALID_FIELD, WRONG_SCHEMA, UNKNOWN_SCHEMA, UNDECODABLE, INVALID_STATUS_EVENT -> INVALID_FIELD;
            case INVALID_PERSONAL_IDENTITY_NUMBER -> INVALID_PERSONAL_IDENTITY_NUMBER;
            case UNKNOWN_MUNICIPALITY, WRONG_MUNICIPALITY -> UNKNOWN_MUNICIPALITY;
            case ANONYMOUS_MANDATORY_REPORTER -> ANONYMOUS_MANDATORY_REPORTER;
            case MISSING_REPORTING_ORGANISATION -> MISSING_REPORTING_ORGANISATION;
            case NO_OBSERVATIONS -> NO_OBSERVATIONS;
            case CONFLICTING_DUPLICATE -> CONFLICTING_DUPLICATE;
            case UNKNOWN_REPORT, NOT_IN_CLEARING -> NOT_FOUND;
            case SENDER_NOT_PERMITTED -> ACCESS_DENIED;
            case UNSPECIFIED -> UNSPECIFIED;
        };
    }
}
