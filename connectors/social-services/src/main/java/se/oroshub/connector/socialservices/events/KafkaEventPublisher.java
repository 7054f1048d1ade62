package se.oroshub.connector.socialservices.events;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.topics.Topics;

/**
 * {@link EventPublisher} on an idempotent {@code acks=all} producer, waiting for each acknowledgement. A status event
 * goes to the status-event topic of the municipality it speaks for, which only the principals of that municipality's
 * social services may write: the hub takes the sender from the topic.
 */
public final class KafkaEventPublisher implements EventPublisher {

    private final Producer<String, Object> producer;
    private final Duration ackTimeout;

    public KafkaEventPublisher(Producer<String, Object> producer, Duration ackTimeout) {
        this.producer = producer;
        this.ackTimeout = ackTimeout;
    }

    @Override
    public void publish(CaseStatusEvent event) {
        send(
                new ProducerRecord<>(
                        Topics.MUNICIPALITY_STATUS_EVENTS
                                .of(event.getMunicipalityCode())
                                .name(),
                        event.getReportId(),
                        event),
                "status event " + event.getEventId());
    }

    @Override
    public void publish(DeadlineDeviation deviation) {
        send(
                new ProducerRecord<>(
                        Topics.MUNICIPALITY_DEVIATIONS
                                .of(deviation.getMunicipalityCode())
                                .name(),
                        deviation.getReportId(),
                        deviation),
                "deviation " + deviation.getDeviationId());
    }

    private void send(ProducerRecord<String, Object> record, String what) {
        try {
            producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new EventPublishingException(
                    what + " not acknowledged by the broker: "
                            + e.getCause().getClass().getSimpleName(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new EventPublishingException(what + " not acknowledged within " + ackTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublishingException(what + ": interrupted", e);
        } catch (RuntimeException e) {
            throw new EventPublishingException(
                    what + " not sent: " + e.getClass().getSimpleName(), e);
        }
    }
}
