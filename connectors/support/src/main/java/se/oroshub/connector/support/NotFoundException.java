package se.oroshub.connector.support;

/**
 * A resource that does not exist, or that the caller's organisation may not see: both answer the same 404
 * ({@link ErrorCode#NOT_FOUND}) so that nobody can learn that another organisation's report exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
