package se.oroshub.schemas.registry;

/** The compatibility level is not one the registry knows (Confluent error code 42203). */
public class InvalidCompatibilityLevelException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public InvalidCompatibilityLevelException(String message) {
        this(422, message);
    }

    public InvalidCompatibilityLevelException(int httpStatus, String message) {
        super(httpStatus, INVALID_COMPATIBILITY_LEVEL, message);
    }
}
