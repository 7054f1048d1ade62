package se.oroshub.schemas.registry;

/** The schema breaks the subject's compatibility level (HTTP 409). */
public class IncompatibleSchemaException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public IncompatibleSchemaException(String message) {
        this(409, message);
    }

    public IncompatibleSchemaException(int httpStatus, String message) {
        super(httpStatus, INCOMPATIBLE_SCHEMA, message);
    }
}
