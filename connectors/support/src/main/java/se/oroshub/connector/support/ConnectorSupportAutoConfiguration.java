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
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import se.oroshub.connector.support.internal.ResilientExternalCalls;
import se.oroshub.schemas.provisioning.TopicProvisioner;

/**
 * Wires what every connector shares into a connector application: the {@link Clock}, the {@link KafkaClientSettings}
 * its Kafka clients are built from, a {@link TopicProvisioner} for the topics it reads, {@link ExternalCalls} and
 * {@link ProblemDetailsAdvice}. Kafka connection settings come from {@code spring.kafka.*} (bootstrap servers, and
 * {@code spring.kafka.properties.schema.registry.url} for the Avro serdes). Every bean backs off when the application
 * defines its own, and the admin client is made only when something needs a topic created, so an application (or a
 * test) that reads and writes no topic starts no Kafka client.
 */
@AutoConfiguration(
        after = {
            KafkaAutoConfiguration.class,
            CircuitBreakerAutoConfiguration.class,
            RetryAutoConfiguration.class,
            BulkheadAutoConfiguration.class,
            TimeLimiterAutoConfiguration.class
        })
@EnableConfigurationProperties(ConnectorProperties.class)
public class ConnectorSupportAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    @ConditionalOnMissingBean
    KafkaClientSettings kafkaClientSettings(KafkaProperties kafka, ConnectorProperties connector) {
        return KafkaClientSettings.of(kafka, connector);
    }

    @Bean(destroyMethod = "close")
    @Lazy
    @ConditionalOnMissingBean(name = "connectorAdmin")
    Admin connectorAdmin(KafkaProperties kafka) {
        return Admin.create(kafka.buildAdminProperties());
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    TopicProvisioner topicProvisioner(Admin connectorAdmin, ConnectorProperties connector) {
        ConnectorProperties.TopicSettings topics = connector.topics();
        return new TopicProvisioner(
                connectorAdmin,
                topics.replicationFactor(),
                Optional.ofNullable(topics.minInsyncReplicas()),
                topics.provisioningTimeout().toMillis());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ExternalCalls.class)
    ResilientExternalCalls externalCalls(
            RetryRegistry retries,
            CircuitBreakerRegistry circuitBreakers,
            TimeLimiterRegistry timeLimiters,
            BulkheadRegistry bulkheads) {
        return new ResilientExternalCalls(retries, circuitBreakers, timeLimiters, bulkheads);
    }

    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
