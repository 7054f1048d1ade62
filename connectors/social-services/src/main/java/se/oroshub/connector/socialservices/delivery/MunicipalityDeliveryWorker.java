package se.oroshub.connector.socialservices.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.topics.Topics;

/**
 * Consumes one integrated municipality's report topic on its own thread and consumer group, so a municipality whose
 * system is down never holds up another. Within a partition, reports are delivered in topic order: a report that
 * could not be delivered is sought back to and its partition paused for the redelivery interval, and nothing after
 * it is delivered until it is. Offsets are committed one record at a time, only after the record is done.
 */
public final class MunicipalityDeliveryWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityDeliveryWorker.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String municipalityCode;
    private final Consumer<String, Object> consumer;
    private final ReportDelivery delivery;
    private final Duration redeliveryInterval;
    private final Clock clock;
    private final Map<TopicPartition, Instant> pausedUntil = new HashMap<>();
    private volatile boolean running = true;

    public MunicipalityDeliveryWorker(
            String municipalityCode,
            Consumer<String, Object> consumer,
            ReportDelivery delivery,
            Duration redeliveryInterval,
            Clock clock) {
        this.municipalityCode = municipalityCode;
        this.consumer = consumer;
        this.delivery = delivery;
        this.redeliveryInterval = redeliveryInterval;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(
                    List.of(Topics.MUNICIPALITY_REPORTS.of(municipalityCode).name()), new Rebalance());
            while (running) {
                pollOnce();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close();
        }
    }

    private void pollOnce() {
        try {
            resumeDuePartitions();
            ConsumerRecords<String, Object> records = consumer.poll(POLL);
            for (TopicPartition partition : records.partitions()) {
                process(partition, records.records(partition));
            }
        } catch (WakeupException e) {
            throw e;
        } catch (RecordDeserializationException e) {
            log.error(
                    "Record at {} offset {} could not be read ({}); trying again in {}",
                    e.topicPartition(),
                    e.offset(),
                    e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName(),
                    redeliveryInterval);
            holdBack(e.topicPartition(), e.offset());
        } catch (KafkaException e) {
            log.warn(
                    "Consumer of {} interrupted ({}); uncommitted reports will be delivered again",
                    municipalityCode,
                    e.getClass().getSimpleName());
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(redeliveryInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Asks the worker to stop; it finishes the report in hand and closes its consumer. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    private void process(TopicPartition partition, List<ConsumerRecord<String, Object>> records) {
        for (ConsumerRecord<String, Object> record : records) {
            if (!running) {
                consumer.seek(partition, record.offset());
                return;
            }
            ReportDelivery.Verdict verdict;
            if (record.value() instanceof RoutedReport report) {
                verdict = deliverSafely(report);
            } else {
                log.error("Record at {} offset {} is not a routed report; skipped", partition, record.offset());
                verdict = ReportDelivery.Verdict.COMMIT;
            }
            if (verdict == ReportDelivery.Verdict.RETRY_LATER) {
                holdBack(partition, record.offset());
                return;
            }
            if (!commit(partition, record.offset() + 1)) {
                return;
            }
        }
    }

    /**
     * Commits up to {@code next}. When that fails the rest of the batch is read again from {@code next}: delivering
     * a report twice is harmless, the system answers 409 and the event id is the same.
     */
    private boolean commit(TopicPartition partition, long next) {
        try {
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
            return true;
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            log.warn(
                    "Offset {} of {} not committed ({}); reading on from there",
                    next,
                    partition,
                    e.getClass().getSimpleName());
            if (consumer.assignment().contains(partition)) {
                consumer.seek(partition, next);
            }
            return false;
        }
    }

    private ReportDelivery.Verdict deliverSafely(RoutedReport report) {
        try {
            return delivery.deliver(municipalityCode, report);
        } catch (RuntimeException e) {
            log.error(
                    "Delivery of report {} to {} failed unexpectedly: {}",
                    report.getReportId(),
                    municipalityCode,
                    e.getClass().getSimpleName());
            return ReportDelivery.Verdict.RETRY_LATER;
        }
    }

    private void holdBack(TopicPartition partition, long offset) {
        consumer.seek(partition, offset);
        consumer.pause(List.of(partition));
        pausedUntil.put(partition, clock.instant().plus(redeliveryInterval));
    }

    private void resumeDuePartitions() {
        Instant now = clock.instant();
        List<TopicPartition> due = pausedUntil.entrySet().stream()
                .filter(e -> !now.isBefore(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (!due.isEmpty()) {
            due.forEach(pausedUntil::remove);
            consumer.resume(due.stream().filter(consumer.assignment()::contains).toList());
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(pausedUntil::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
    }
}
