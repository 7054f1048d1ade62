package se.oroshub.schemas.registry;

/** The version is not a positive number or 'latest' (Confluent error code 42202). */
public class InvalidVersionException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public InvalidVersionException(String message) {
        this(422, message);
    }

    public InvalidVersionException(int httpStatus, String message) {
        super(httpStatus, INVALID_VERSION, message);
    }
}
