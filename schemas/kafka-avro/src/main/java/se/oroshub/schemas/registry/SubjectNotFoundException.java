package se.oroshub.schemas.registry;

/** The subject is not registered (Confluent error code 40401). */
public class SubjectNotFoundException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public SubjectNotFoundException(String message) {
        this(404, message);
    }

    public SubjectNotFoundException(int httpStatus, String message) {
        super(httpStatus, SUBJECT_NOT_FOUND, message);
    }
}
