package se.oroshub.registryserver.internal;

/** A request the registry refuses, carrying the Confluent error code and a message that names the problem. */
public final class RegistryException extends RuntimeException {

    private final ErrorCode code;

    public RegistryException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public RegistryException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    static RegistryException subjectNotFound(String subject) {
        return new RegistryException(ErrorCode.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
    }

    static RegistryException versionNotFound(String subject, int version) {
        return new RegistryException(
                ErrorCode.VERSION_NOT_FOUND, "Version " + version + " not found for subject '" + subject + "'.");
    }

    static RegistryException schemaNotFound(String what) {
        return new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, what);
    }
}
