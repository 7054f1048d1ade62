package se.oroshub.schemas.registry;

/** No schema with that id, or the schema is not registered under the subject (Confluent error code 40403). */
public class SchemaNotFoundException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public SchemaNotFoundException(String message) {
        this(404, message);
    }

    public SchemaNotFoundException(int httpStatus, String message) {
        super(httpStatus, SCHEMA_NOT_FOUND, message);
    }
}
