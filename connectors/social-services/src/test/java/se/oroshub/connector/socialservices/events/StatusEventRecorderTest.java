package se.oroshub.connector.socialservices.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.DeadlineDeviation;

class StatusEventRecorderTest {

    private final CaseStatusEvent event = StatusEvents.received(
            "6f1c2a0e-8d5b-4c57-9a4e-0d1d7c4b2a11", "1480", null, Instant.parse("2026-11-23T10:00:00Z"));
    private final List<String> happened = new ArrayList<>();

    @Test
    void anEventIsAppliedLocallyOnlyAfterTheBrokerHasIt() {
        StatusEventRecorder recorder = new StatusEventRecorder(publisher(false), e -> happened.add("applied"));

        recorder.record(event);

        assertThat(happened).containsExactly("published", "applied");
    }

    @Test
    void anEventTheBrokerDidNotAcknowledgeIsNotApplied() {
        StatusEventRecorder recorder = new StatusEventRecorder(publisher(true), e -> happened.add("applied"));

        assertThatThrownBy(() -> recorder.record(event)).isInstanceOf(EventPublishingException.class);
        assertThat(happened).isEmpty();
    }

    private EventPublisher publisher(boolean failing) {
        return new EventPublisher() {
            @Override
            public void publish(CaseStatusEvent statusEvent) {
                if (failing) {
                    throw new EventPublishingException("not acknowledged", null);
                }
                happened.add("published");
            }

            @Override
            public void publish(DeadlineDeviation deviation) {
                throw new AssertionError("no deviation here");
            }
        };
    }
}
