package se.oroshub.connector.reporting.internal;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.connector.reporting.IntakePublisher;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;
import se.oroshub.connector.support.IntakeUnavailableException;
import se.oroshub.connector.support.SubmissionRejectedException;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.receipt.Receipts;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.schemas.validation.ConcernReportValidator;

/**
 * Publishes to this connector's own intake topic ({@link Topics#CONNECTOR_INTAKE}, the only one its principal may
 * write, created on the first submission if missing) with an idempotent {@code acks=all} producer and waits for the
 * acknowledgement.
 * The circuit breaker and bulkhead named {@value #BACKEND} guard the broker: when it keeps failing, submissions fail
 * fast with 503 instead of each waiting out the acknowledgement timeout. Retries are the idempotent producer's own,
 * bounded by the same timeout ({@code delivery.timeout.ms}), so a retried send is never written twice.
 */
public final class KafkaIntakePublisher implements IntakePublisher {

    /** The Resilience4j instance name of the intake. */
    public static final String BACKEND = "intake";

    private static final Logger log = LoggerFactory.getLogger(KafkaIntakePublisher.class);

    private final Producer<String, ConcernReport> producer;
    private final TopicSpec<String, ConcernReport> topic;
    private final Consumer<TopicSpec<?, ?>> provisioning;
    private volatile boolean topicProvisioned;
    private final ConcernReportValidator validator;
    private final String connectorId;
    private final Set<OrganisationId> organisations;
    private final Duration ackTimeout;
    private final CircuitBreaker circuitBreaker;
    private final Bulkhead bulkhead;
    private final Consumer<Receipt> onAccepted;

    /**
     * @param producer      an idempotent {@code acks=all} producer (owned by the caller)
     * @param provisioning  creates the intake topic if missing (called until it succeeds once, e.g.
     *                      {@code TopicProvisioner::ensure})
     * @param validator     the contract's validator
     * @param connectorId   this connector's id; a report carrying another is rejected
     * @param organisations the organisations this deployment reports for; when not empty, a report for another is
     *                      rejected (its feedback would never be read)
     * @param ackTimeout    how long to wait for the acknowledgement
     * @param onAccepted    told of every receipt issued (the feedback inbox shows the report at once)
     */
    public KafkaIntakePublisher(
            Producer<String, ConcernReport> producer,
            Consumer<TopicSpec<?, ?>> provisioning,
            ConcernReportValidator validator,
            String connectorId,
            Set<OrganisationId> organisations,
            Duration ackTimeout,
            CircuitBreaker circuitBreaker,
            Bulkhead bulkhead,
            Consumer<Receipt> onAccepted) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.connectorId = Objects.requireNonNull(connectorId, "connectorId");
        this.provisioning = Objects.requireNonNull(provisioning, "provisioning");
        this.topic = Topics.CONNECTOR_INTAKE.of(connectorId);
        this.organisations = Set.copyOf(organisations);
        this.ackTimeout = Objects.requireNonNull(ackTimeout, "ackTimeout");
        this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        this.bulkhead = Objects.requireNonNull(bulkhead, "bulkhead");
        this.onAccepted = Objects.requireNonNull(onAccepted, "onAccepted");
    }

    @Override
    public Receipt submit(ConcernReport report) {
        List<FieldError> errors = check(report);
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException(errors);
        }
        Receipt receipt = Receipts.of(report);
        ProducerRecord<String, ConcernReport> record = new ProducerRecord<>(topic.name(), report.getReportId(), report);
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        try {
            ensureTopic();
            Bulkhead.decorateCallable(
                            bulkhead,
                            CircuitBreaker.decorateCallable(
                                    circuitBreaker,
                                    () -> producer.send(record)
                                            .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)))
                    .call();
        } catch (CallNotPermittedException | BulkheadFullException e) {
            throw unavailable(
                    report,
                    "the intake is refusing submissions for now ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        } catch (TimeoutException e) {
            throw unavailable(report, "no acknowledgement from the broker within " + ackTimeout, e);
        } catch (ExecutionException e) {
            throw unavailable(
                    report,
                    "the broker did not accept the report: "
                            + e.getCause().getClass().getSimpleName(),
                    e.getCause());
        } catch (KafkaException e) {
            throw unavailable(
                    report, "the report could not be sent: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(report, "interrupted while waiting for the acknowledgement", e);
        } catch (Exception e) {
            throw unavailable(
                    report, "the report could not be sent: " + e.getClass().getSimpleName(), e);
        }
        log.info(
                "Report {} accepted on {} (digest {})",
                receipt.getReportId(),
                topic.name(),
                receipt.getContentDigest());
        onAccepted.accept(receipt);
        return receipt;
    }

    private void ensureTopic() {
        if (!topicProvisioned) {
            provisioning.accept(topic);
            topicProvisioned = true;
        }
    }

    private List<FieldError> check(ConcernReport report) {
        List<FieldError> errors = new ArrayList<>(validator.validate(report).stream()
                .map(v -> new FieldError(v.field(), ErrorCode.of(v.reason()), v.message()))
                .toList());
        if (report == null) {
            return errors;
        }
        if (report.getConnectorId() != null && !connectorId.equals(report.getConnectorId())) {
            errors.add(new FieldError(
                    "connectorId", ErrorCode.INVALID_FIELD, "must be this connector's id, '" + connectorId + "'"));
        }
        if (!organisations.isEmpty()
                && report.getReporter() != null
                && report.getReporter().getOrganisation() != null
                && !organisations.contains(
                        report.getReporter().getOrganisation().getId())) {
            errors.add(new FieldError(
                    "reporter.organisation.id",
                    ErrorCode.INVALID_FIELD,
                    "is not an organisation this connector reports for"));
        }
        return errors;
    }

    private IntakeUnavailableException unavailable(ConcernReport report, String why, Throwable cause) {
        log.warn("Report {} NOT accepted: {}", report.getReportId(), why);
        return new IntakeUnavailableException(
                "report " + report.getReportId() + " was not accepted: " + why, ackTimeout, cause);
    }
}
