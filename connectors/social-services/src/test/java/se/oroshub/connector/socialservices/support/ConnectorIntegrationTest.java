package se.oroshub.connector.socialservices.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.oroshub.casemanagement.EmbeddedCaseManagementSystem;
import se.oroshub.connector.socialservices.SocialServicesConnectorApplication;
import se.oroshub.connector.support.AccessRole;
import se.oroshub.connector.support.testing.TestTokens;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * The connector application on a random port against the real test broker, with four municipalities: 1480
 * integrated with a working case system, 1280 and 1281 integrated with case systems that are down (each test that
 * leaves reports stuck has a municipality of its own, so its reports never hold back another test's), 0180 on the
 * inbox. All ITs share this one application context.
 */
@RealKafka
@SpringBootTest(
        classes = SocialServicesConnectorApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "oroshub.connector.organisations[0].scheme=MUNICIPALITY_CODE",
            "oroshub.connector.organisations[0].value=1480",
            "oroshub.connector.organisations[0].name=Göteborgs stad",
            "oroshub.connector.organisations[1].scheme=MUNICIPALITY_CODE",
            "oroshub.connector.organisations[1].value=1280",
            "oroshub.connector.organisations[1].name=Malmö stad",
            "oroshub.connector.organisations[2].scheme=MUNICIPALITY_CODE",
            "oroshub.connector.organisations[2].value=0180",
            "oroshub.connector.organisations[2].name=Stockholms stad",
            "oroshub.connector.organisations[3].scheme=MUNICIPALITY_CODE",
            "oroshub.connector.organisations[3].value=1281",
            "oroshub.connector.organisations[3].name=Lunds kommun",
            "oroshub.connector.security.users[0].username=case-system-1480",
            "oroshub.connector.security.users[0].password={noop}status-secret",
            "oroshub.connector.security.users[0].roles=case-system",
            "oroshub.connector.security.users[0].organisation.scheme=MUNICIPALITY_CODE",
            "oroshub.connector.security.users[0].organisation.value=1480",
            "oroshub.connector.security.users[1].username=handlaggare",
            "oroshub.connector.security.users[1].password={noop}inbox-secret",
            "oroshub.connector.security.users[1].roles=case-officer",
            "oroshub.connector.security.users[1].display-name=Sara Handläggare",
            "oroshub.connector.security.users[1].organisation.scheme=MUNICIPALITY_CODE",
            "oroshub.connector.security.users[1].organisation.value=0180",
            "oroshub.connector.social-services.municipalities.1480.mode=INTEGRATED",
            "oroshub.connector.social-services.municipalities.1480.case-system.username=connector",
            "oroshub.connector.social-services.municipalities.1480.case-system.password=delivery-secret",
            "oroshub.connector.social-services.municipalities.1280.mode=INTEGRATED",
            "oroshub.connector.social-services.municipalities.1280.case-system.bearer-token=malmo-token",
            "oroshub.connector.social-services.municipalities.1281.mode=INTEGRATED",
            "oroshub.connector.social-services.municipalities.1281.case-system.bearer-token=lund-token",
            "oroshub.connector.social-services.municipalities.0180.mode=INBOX",
            "oroshub.connector.social-services.delivery.alarm-after=1s",
            "oroshub.connector.social-services.delivery.redelivery-interval=300ms",
            "resilience4j.retry.configs.default.wait-duration=50ms",
            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1s",
            "logging.level.org.apache.kafka=WARN",
            "logging.level.kafka=WARN",
            "logging.level.org.apache.zookeeper=WARN"
        })
public abstract class ConnectorIntegrationTest {

    /** The working case system of 1480. */
    protected static final EmbeddedCaseManagementSystem GOTEBORG = EmbeddedCaseManagementSystem.start();
    /** The case system of 1280, down for the whole run. */
    protected static final EmbeddedCaseManagementSystem MALMO = downStandIn();
    /** The case system of 1281, down for the whole run. */
    protected static final EmbeddedCaseManagementSystem LUND = downStandIn();

    protected static final Duration GENEROUS = Duration.ofSeconds(90);

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) {
        KafkaTestEnvironment kafka = KafkaTestEnvironment.shared();
        kafka.createTopics(
                Topics.MUNICIPALITY_STATUS_EVENTS.of("1480"),
                Topics.MUNICIPALITY_STATUS_EVENTS.of("1280"),
                Topics.MUNICIPALITY_STATUS_EVENTS.of("1281"),
                Topics.MUNICIPALITY_STATUS_EVENTS.of("0180"),
                Topics.MUNICIPALITY_REPORTS.of("1480"),
                Topics.MUNICIPALITY_DEVIATIONS.of("1480"),
                Topics.MUNICIPALITY_REPORTS.of("1280"),
                Topics.MUNICIPALITY_DEVIATIONS.of("1280"),
                Topics.MUNICIPALITY_REPORTS.of("1281"),
                Topics.MUNICIPALITY_DEVIATIONS.of("1281"),
                Topics.MUNICIPALITY_REPORTS.of("0180"),
                Topics.MUNICIPALITY_DEVIATIONS.of("0180"));
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.kafka.properties.schema.registry.url", kafka::schemaRegistryUrl);
        registry.add(
                "oroshub.connector.social-services.municipalities.1480.case-system.base-url",
                () -> GOTEBORG.baseUrl().toString());
        registry.add(
                "oroshub.connector.social-services.municipalities.1280.case-system.base-url",
                () -> MALMO.baseUrl().toString());
        registry.add(
                "oroshub.connector.social-services.municipalities.1281.case-system.base-url",
                () -> LUND.baseUrl().toString());
    }

    private static EmbeddedCaseManagementSystem downStandIn() {
        EmbeddedCaseManagementSystem standIn = EmbeddedCaseManagementSystem.start();
        standIn.down();
        return standIn;
    }

    /** Puts a routed report on its municipality's topic, as the hub does. */
    protected static void route(KafkaTestEnvironment kafka, RoutedReport report) {
        route(kafka, report, null);
    }

    /** Puts a routed report on the given partition of its municipality's topic ({@code null}: by key). */
    protected static void route(KafkaTestEnvironment kafka, RoutedReport report, Integer partition) {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(
                            Topics.MUNICIPALITY_REPORTS
                                    .of(report.getMunicipalityCode())
                                    .name(),
                            partition,
                            report.getReportId(),
                            report))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not route the test report", e);
        }
    }

    /**
     * Reads {@code topic} from the beginning until a record matches, and returns every matching record seen by then.
     *
     * @throws AssertionError when none matches within {@link #GENEROUS}
     */
    protected static <V> List<V> awaitRecords(
            KafkaTestEnvironment kafka, TopicSpec<String, V> topic, Predicate<V> matching) {
        Map<String, Object> props = kafka.consumerProperties("it-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<V> found = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + GENEROUS.toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    if (topic.valueType().isInstance(record.value())) {
                        V value = topic.valueType().cast(record.value());
                        if (matching.test(value)) {
                            found.add(value);
                        }
                    }
                }
            }
        }
        if (found.isEmpty()) {
            throw new AssertionError("no matching record on " + topic.name() + " within " + GENEROUS);
        }
        return found;
    }

    /** Every record on {@code topic} now that matches, read from the beginning to the current end. */
    protected static <V> List<V> allRecords(
            KafkaTestEnvironment kafka, TopicSpec<String, V> topic, Predicate<V> matching) {
        Map<String, Object> props = kafka.consumerProperties("unused");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<V> found = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + GENEROUS.toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic.name() + " to its end within " + GENEROUS);
                }
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    if (topic.valueType().isInstance(record.value())
                            && matching.test(topic.valueType().cast(record.value()))) {
                        found.add(topic.valueType().cast(record.value()));
                    }
                }
            }
        }
        return found;
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with the bearer token of an operator of 1480. */
    protected HttpResponse<String> operatorGet(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header(
                                "Authorization",
                                TestTokens.token("drift", "MUNICIPALITY_CODE:1480", AccessRole.OPERATOR)
                                        .audience("connector-social-services")
                                        .bearer())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A bearer token of the case-management system of {@code municipality}, for this connector. */
    protected static String caseSystemToken(String municipality) {
        return TestTokens.token(
                        "case-system-" + municipality, "MUNICIPALITY_CODE:" + municipality, AccessRole.CASE_SYSTEM)
                .audience("connector-social-services")
                .bearer();
    }

    protected HttpResponse<String> postJson(String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> postJson(String path, String user, String password, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
