package se.oroshub.schemas.registry;

/**
 * A failure reported by the schema registry, carrying the HTTP status and the Confluent error code from the error
 * body ({@code {"error_code": 40401, "message": "..."}}). Subclasses name the codes callers usually react to.
 * Messages name subjects, versions and ids, never record content.
 */
public class SchemaRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Confluent error code: subject not found. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent error code: version not found. */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Confluent error code: schema not found. */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** Confluent error code: the schema is incompatible with an earlier version (HTTP 409). */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** Confluent error code: invalid schema. */
    public static final int INVALID_SCHEMA = 42201;
    /** Confluent error code: invalid version. */
    public static final int INVALID_VERSION = 42202;
    /** Confluent error code: invalid compatibility level. */
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    /** Error code used here when the registry could not be reached or answered with a server error. */
    public static final int UNAVAILABLE = 50001;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(int httpStatus, int errorCode, String message) {
        this(httpStatus, errorCode, message, null);
    }

    public SchemaRegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
        super(message + " (HTTP " + httpStatus + ", error code " + errorCode + ")", cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** The HTTP status of the registry's answer; 0 when no answer was received. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The Confluent error code of the registry's answer. */
    public int errorCode() {
        return errorCode;
    }

    /** Whether repeating the same request may succeed (transport failures and server errors, never client errors). */
    public boolean isRetriable() {
        return false;
    }

    /**
     * The typed exception for a registry error answer.
     *
     * @param httpStatus the HTTP status
     * @param errorCode  the {@code error_code} of the body, or the HTTP status when the body had none
     * @param message    the {@code message} of the body
     */
    public static SchemaRegistryException of(int httpStatus, int errorCode, String message) {
        if (httpStatus >= 500) {
            return new RegistryUnavailableException(httpStatus, errorCode, message, null, true);
        }
        return switch (errorCode) {
            case SUBJECT_NOT_FOUND -> new SubjectNotFoundException(httpStatus, message);
            case VERSION_NOT_FOUND -> new VersionNotFoundException(httpStatus, message);
            case SCHEMA_NOT_FOUND -> new SchemaNotFoundException(httpStatus, message);
            case INCOMPATIBLE_SCHEMA -> new IncompatibleSchemaException(httpStatus, message);
            case INVALID_SCHEMA -> new InvalidSchemaException(httpStatus, message);
            case INVALID_VERSION -> new InvalidVersionException(httpStatus, message);
            case INVALID_COMPATIBILITY_LEVEL -> new InvalidCompatibilityLevelException(httpStatus, message);
            default -> new SchemaRegistryException(httpStatus, errorCode, message);
        };
    }
}
