package se.oroshub.connector.socialservices.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import se.oroshub.connector.socialservices.events.EventPublisher;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.DeadlineDeviation;

/** Keeps what was published, for fast tests of the delivery logic (the ITs publish to the real broker). */
public final class RecordingPublisher implements EventPublisher {

    private final List<CaseStatusEvent> events = new CopyOnWriteArrayList<>();
    private final List<DeadlineDeviation> deviations = new CopyOnWriteArrayList<>();

    @Override
    public void publish(CaseStatusEvent event) {
        events.add(event);
    }

    @Override
    public void publish(DeadlineDeviation deviation) {
        deviations.add(deviation);
    }

    public List<CaseStatusEvent> events() {
        return List.copyOf(events);
    }

    public List<DeadlineDeviation> deviations() {
        return List.copyOf(deviations);
    }
}
