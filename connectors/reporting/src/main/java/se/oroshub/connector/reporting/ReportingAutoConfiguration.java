package se.oroshub.connector.reporting;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import se.oroshub.connector.reporting.internal.KafkaFeedbackInbox;
import se.oroshub.connector.reporting.internal.KafkaIntakePublisher;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ConnectorSupportAutoConfiguration;
import se.oroshub.connector.support.KafkaClientSettings;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.validation.ConcernReportValidator;

/**
 * Wires the reporting module into a reporting connector application: {@link IntakePublisher}, {@link FeedbackInbox}
 * (with its health indicator) and the contract's {@link ConcernReportValidator}, on the support module's
 * {@link KafkaClientSettings} and topic provisioner. Every bean backs off when the application defines its own, and the
 * Kafka clients are made only when the ports they back are, so an application (or a test) that supplies its own
 * {@link IntakePublisher} and {@link FeedbackInbox} starts no Kafka client.
 */
@AutoConfiguration(after = ConnectorSupportAutoConfiguration.class)
public class ReportingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ConcernReportValidator concernReportValidator() {
        return new ConcernReportValidator(MunicipalityCodes.official());
    }

    @Bean(destroyMethod = "close")
    @Lazy
    @ConditionalOnMissingBean(value = IntakePublisher.class, name = "intakeProducer")
    Producer<String, ConcernReport> intakeProducer(KafkaClientSettings kafkaClients) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Producer<String, ConcernReport> producer =
                (Producer) new KafkaProducer<>(kafkaClients.durableProducer("intake"));
        return producer;
    }

    @Bean
    @ConditionalOnMissingBean(FeedbackInbox.class)
    KafkaFeedbackInbox feedbackInbox(
            KafkaClientSettings kafkaClients, TopicProvisioner topicProvisioner, ConnectorProperties connector) {
        Map<String, Object> config = kafkaClients.replayConsumer("feedback-inbox");
        return new KafkaFeedbackInbox(
                () -> new KafkaConsumer<>(config),
                topicProvisioner,
                connector.id(),
                connector.organisations().stream()
                        .map(ConnectorProperties.Organisation::id)
                        .toList());
    }

    @Bean
    @ConditionalOnMissingBean(IntakePublisher.class)
    KafkaIntakePublisher intakePublisher(
            Producer<String, ConcernReport> intakeProducer,
            TopicProvisioner topicProvisioner,
            ConcernReportValidator validator,
            ConnectorProperties connector,
            CircuitBreakerRegistry circuitBreakers,
            BulkheadRegistry bulkheads,
            Optional<KafkaFeedbackInbox> inbox) {
        return new KafkaIntakePublisher(
                intakeProducer,
                topicProvisioner::ensure,
                validator,
                connector.id(),
                new HashSet<>(connector.organisations().stream()
                        .map(ConnectorProperties.Organisation::id)
                        .toList()),
                connector.intake().ackTimeout(),
                circuitBreakers.circuitBreaker(KafkaIntakePublisher.BACKEND),
                bulkheads.bulkhead(KafkaIntakePublisher.BACKEND),
                receipt -> inbox.ifPresent(i -> i.accepted(receipt)));
    }

    /**
     * The inbox in {@code /actuator/health}: UNKNOWN while it is still reading the topics from the beginning (its
     * answers may be incomplete), UP once it has caught up. Never DOWN: submissions work without it.
     */
    @Bean
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnMissingBean(name = "feedbackInboxHealthIndicator")
    HealthIndicator feedbackInboxHealthIndicator(FeedbackInbox inbox) {
        return () -> (inbox.caughtUp() ? Health.up() : Health.unknown())
                .withDetail("caughtUp", inbox.caughtUp())
                .build();
    }
}
