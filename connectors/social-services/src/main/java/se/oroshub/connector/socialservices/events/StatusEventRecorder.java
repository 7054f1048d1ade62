package se.oroshub.connector.socialservices.events;

import java.util.Objects;
import java.util.function.Consumer;
import se.oroshub.schemas.avro.CaseStatusEvent;

/**
 * Records what social services did, wherever it is recorded (the case-management system's HTTP API or the inbox
 * page): the status event is published durably to the status events topic first, and only then applied to this
 * process's own view, so the page shows it at once instead of when its echo arrives from the topic. The view meets
 * the same event again in that echo and must apply it once.
 */
public final class StatusEventRecorder {

    private final EventPublisher publisher;
    private final Consumer<CaseStatusEvent> localView;

    /**
     * @param publisher the durable publisher of status events
     * @param localView applies an event to this process's own view (the inbox)
     */
    public StatusEventRecorder(EventPublisher publisher, Consumer<CaseStatusEvent> localView) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.localView = Objects.requireNonNull(localView, "localView");
    }

    /**
     * Publishes the event, then applies it locally.
     *
     * @throws EventPublishingException when the broker did not acknowledge it; nothing was applied
     */
    public void record(CaseStatusEvent event) {
        publisher.publish(event);
        localView.accept(event);
    }
}
