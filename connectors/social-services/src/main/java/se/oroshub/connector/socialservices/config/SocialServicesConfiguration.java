package se.oroshub.connector.socialservices.config;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.oroshub.connector.socialservices.config.SocialServicesProperties.Mode;
import se.oroshub.connector.socialservices.delivery.CaseManagementSystem;
import se.oroshub.connector.socialservices.delivery.DeliveryHealthIndicator;
import se.oroshub.connector.socialservices.delivery.DeliveryStatus;
import se.oroshub.connector.socialservices.delivery.DeliveryWorkers;
import se.oroshub.connector.socialservices.delivery.HttpCaseManagementSystem;
import se.oroshub.connector.socialservices.delivery.MunicipalityDeliveryWorker;
import se.oroshub.connector.socialservices.delivery.ReportDelivery;
import se.oroshub.connector.socialservices.events.EventPublisher;
import se.oroshub.connector.socialservices.events.KafkaEventPublisher;
import se.oroshub.connector.socialservices.events.StatusEventRecorder;
import se.oroshub.connector.socialservices.inbox.InboxProjection;
import se.oroshub.connector.socialservices.inbox.InboxStore;
import se.oroshub.connector.socialservices.statusapi.ServedMunicipalities;
import se.oroshub.connector.socialservices.statusapi.StatusEventMapper;
import se.oroshub.connector.support.ConnectorProperties;
import se.oroshub.connector.support.ExternalCalls;
import se.oroshub.connector.support.KafkaClientSettings;
import se.oroshub.schemas.provisioning.TopicProvisioner;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;
import tools.jackson.databind.json.JsonMapper;

/** Wires delivery, status events and the inbox from {@link SocialServicesProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialServicesProperties.class)
public class SocialServicesConfiguration {

    @Bean
    MunicipalityCodes municipalityCodes() {
        return MunicipalityCodes.official();
    }

    @Bean
    StatusEventMapper statusEventMapper(MunicipalityCodes municipalityCodes, Clock clock) {
        return new StatusEventMapper(municipalityCodes, clock);
    }

    @Bean
    DeliveryStatus deliveryStatus(SocialServicesProperties properties) {
        DeliveryStatus status = new DeliveryStatus();
        properties.codes(Mode.INTEGRATED).forEach(status::register);
        return status;
    }

    @Bean
    DeliveryHealthIndicator caseManagementDeliveryHealthIndicator(DeliveryStatus status) {
        return new DeliveryHealthIndicator(status);
    }

    @Bean(destroyMethod = "close")
    Producer<String, Object> statusEventProducer(KafkaClientSettings kafkaClients) {
        return new KafkaProducer<>(kafkaClients.durableProducer("events"));
    }

    @Bean
    EventPublisher eventPublisher(Producer<String, Object> statusEventProducer, ConnectorProperties connector) {
        return new KafkaEventPublisher(statusEventProducer, connector.intake().ackTimeout());
    }

    @Bean
    StatusEventRecorder statusEventRecorder(EventPublisher eventPublisher, InboxStore inboxStore) {
        return new StatusEventRecorder(eventPublisher, inboxStore::apply);
    }

    @Bean
    ServedMunicipalities servedMunicipalities(SocialServicesProperties properties) {
        return ServedMunicipalities.of(properties.municipalities().keySet());
    }

    @Bean
    HttpClient caseSystemHttpClient(SocialServicesProperties properties) {
        return HttpClient.newBuilder()
                .connectTimeout(properties.delivery().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Also creates each municipality's Resilience4j instances up front, so Actuator lists them before any call. */
    @Bean
    ReportDelivery reportDelivery(
            SocialServicesProperties properties,
            HttpClient caseSystemHttpClient,
            JsonMapper json,
            ExternalCalls externalCalls,
            EventPublisher eventPublisher,
            DeliveryStatus deliveryStatus,
            Clock clock,
            RetryRegistry retries,
            CircuitBreakerRegistry circuitBreakers,
            BulkheadRegistry bulkheads,
            TimeLimiterRegistry timeLimiters) {
        Map<String, CaseManagementSystem> systems = new HashMap<>();
        for (String code : properties.codes(Mode.INTEGRATED)) {
            String backend = ReportDelivery.backend(code);
            retries.retry(backend);
            circuitBreakers.circuitBreaker(backend);
            bulkheads.bulkhead(backend);
            timeLimiters.timeLimiter(backend);
            systems.put(
                    code,
                    new HttpCaseManagementSystem(
                            code,
                            properties.municipalities().get(code).caseSystem(),
                            properties.delivery().requestTimeout(),
                            caseSystemHttpClient,
                            json));
        }
        return new ReportDelivery(
                systems,
                externalCalls,
                eventPublisher,
                deliveryStatus,
                properties.delivery().alarmAfter(),
                clock);
    }

    @Bean
    DeliveryWorkers deliveryWorkers(
            SocialServicesProperties properties,
            KafkaClientSettings kafkaClients,
            ConnectorProperties connector,
            ReportDelivery reportDelivery,
            Clock clock,
            TopicProvisioner topicProvisioner) {
        topicProvisioner.ensureAll(topics(properties));
        return new DeliveryWorkers(properties.codes(Mode.INTEGRATED), code -> {
            Map<String, Object> config =
                    kafkaClients.groupConsumer("delivery-" + code, connector.id() + ".delivery." + code);
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10);
            return new MunicipalityDeliveryWorker(
                    code,
                    new KafkaConsumer<>(config),
                    reportDelivery,
                    properties.delivery().redeliveryInterval(),
                    clock);
        });
    }

    @Bean
    InboxStore inboxStore(SocialServicesProperties properties) {
        return new InboxStore(properties.codes(Mode.INBOX));
    }

    @Bean
    InboxProjection inboxProjection(
            SocialServicesProperties properties, KafkaClientSettings kafkaClients, InboxStore inboxStore) {
        Map<String, Object> config = kafkaClients.replayConsumer("inbox");
        return new InboxProjection(properties.codes(Mode.INBOX), () -> new KafkaConsumer<>(config), inboxStore);
    }

    private static List<TopicSpec<?, ?>> topics(SocialServicesProperties properties) {
        List<TopicSpec<?, ?>> topics = new ArrayList<>();
        for (String code : properties.municipalities().keySet()) {
            topics.add(Topics.MUNICIPALITY_STATUS_EVENTS.of(code));
            topics.add(Topics.MUNICIPALITY_REPORTS.of(code));
            topics.add(Topics.MUNICIPALITY_DEVIATIONS.of(code));
        }
        return topics;
    }
}
