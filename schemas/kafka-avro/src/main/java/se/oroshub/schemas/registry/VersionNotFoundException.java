package se.oroshub.schemas.registry;

/** The subject has no such version (Confluent error code 40402). */
public class VersionNotFoundException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public VersionNotFoundException(String message) {
        this(404, message);
    }

    public VersionNotFoundException(int httpStatus, String message) {
        super(httpStatus, VERSION_NOT_FOUND, message);
    }
}
