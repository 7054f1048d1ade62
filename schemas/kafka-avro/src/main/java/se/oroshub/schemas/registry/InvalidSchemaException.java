package se.oroshub.schemas.registry;

/** The schema is not a valid Avro schema (Confluent error code 42201). */
public class InvalidSchemaException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public InvalidSchemaException(String message) {
        this(422, message);
    }

    public InvalidSchemaException(int httpStatus, String message) {
        super(httpStatus, INVALID_SCHEMA, message);
    }
}
