package se.oroshub.connector.socialservices.events;

/** The broker did not acknowledge a record in time; nothing may be committed on its strength. */
public class EventPublishingException extends RuntimeException {

    public EventPublishingException(String message, Throwable cause) {
        super(message, cause);
    }
}
