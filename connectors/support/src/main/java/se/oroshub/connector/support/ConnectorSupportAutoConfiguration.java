package se.oroshub.connector.support;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.springboot.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import io.github.resilience4j.springboot.timelimiter.autoconfigure.TimeLimiterAutoConfiguration;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import se.oroshub.connector.support.internal.KafkaFeedbackInbox;
import se.oroshub.connector.support.internal.KafkaIntakePublisher;
import se.oroshub.connector.support.internal.ResilientExternalCalls;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.topics.TopicProvisioner;
import se.oroshub.schemas.validation.ConcernReportValidator;

/**
 * Wires the support module into a connector application: {@link IntakePublisher}, {@link FeedbackInbox},
 * {@link ExternalCalls}, the contract's {@link ConcernReportValidator} and {@link ProblemDetailsAdvice}. Kafka
 * connection settings come from {@code spring.kafka.*} (bootstrap servers, and
 * {@code spring.kafka.properties.schema.registry.url} for the Avro serdes); every bean backs off when the application
 * defines its own, and the Kafka clients are made only when the ports they back are, so an application (or a test) that
 * supplies its own {@link IntakePublisher} and {@link FeedbackInbox} starts no Kafka client.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, CircuitBreakerAutoConfiguration.class,
        RetryAutoConfiguration.class, BulkheadAutoConfiguration.class, TimeLimiterAutoConfiguration.class})
@EnableConfigurationProperties(ConnectorProperties.class)
public class ConnectorSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    @ConditionalOnMissingBean
    ConcernReportValidator concernReportValidator() {
        return new ConcernReportValidator(MunicipalityCodes.official());
    }

    @Bean
    @ConditionalOnMissingBean
    KafkaClientSettings kafkaClientSettings(KafkaProperties kafka, ConnectorProperties connector) {
        return KafkaClientSettings.of(kafka, connector);
    }

    @Bean(destroyMethod = "close")
    @Lazy
    @ConditionalOnMissingBean(value = IntakePublisher.class, name = "intakeProducer")
    Producer<String, ConcernReport> intakeProducer(KafkaClientSettings kafkaClients) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Producer<String, ConcernReport> producer = (Producer) new KafkaProducer<>(kafkaClients.durableProducer("intake"));
        return producer;
    }

    @Bean(destroyMethod = "close")
    @Lazy
    @ConditionalOnMissingBean(value = FeedbackInbox.class, name = "connectorAdmin")
    Admin connectorAdmin(KafkaProperties kafka) {
        return Admin.create(kafka.buildAdminProperties());
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean({TopicProvisioner.class, FeedbackInbox.class})
    TopicProvisioner topicProvisioner(Admin connectorAdmin, ConnectorProperties connector) {
        ConnectorProperties.TopicSettings topics = connector.topics();
        return new TopicProvisioner(connectorAdmin, topics.replicationFactor(),
                Optional.ofNullable(topics.minInsyncReplicas()), topics.provisioningTimeout().toMillis());
    }

    @Bean
    @ConditionalOnMissingBean(FeedbackInbox.class)
    KafkaFeedbackInbox feedbackInbox(KafkaClientSettings kafkaClients, TopicProvisioner topicProvisioner,
            ConnectorProperties connector) {
        Map<String, Object> config = kafkaClients.replayConsumer("feedback-inbox");
        return new KafkaFeedbackInbox(() -> new KafkaConsumer<>(config), topicProvisioner, connector.id(),
                connector.organisations().stream().map(ConnectorProperties.Organisation::id).toList());
    }

    @Bean
    @ConditionalOnMissingBean(IntakePublisher.class)
    KafkaIntakePublisher intakePublisher(Producer<String, ConcernReport> intakeProducer,
            ConcernReportValidator validator, ConnectorProperties connector, CircuitBreakerRegistry circuitBreakers,
            BulkheadRegistry bulkheads, Optional<KafkaFeedbackInbox> inbox) {
        return new KafkaIntakePublisher(intakeProducer, validator, connector.id(),
                new HashSet<>(connector.organisations().stream().map(ConnectorProperties.Organisation::id).toList()),
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
        return () -> (inbox.caughtUp() ? Health.up() : Health.unknown()).withDetail("caughtUp", inbox.caughtUp())
                .build();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ExternalCalls.class)
    ResilientExternalCalls externalCalls(RetryRegistry retries, CircuitBreakerRegistry circuitBreakers,
            TimeLimiterRegistry timeLimiters, BulkheadRegistry bulkheads) {
        return new ResilientExternalCalls(retries, circuitBreakers, timeLimiters, bulkheads);
    }

    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
