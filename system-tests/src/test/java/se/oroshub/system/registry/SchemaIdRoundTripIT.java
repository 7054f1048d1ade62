package se.oroshub.system.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.serde.KafkaAvroSerdeConfig;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;

/**
 * The registry's reason to exist, end to end on a real broker: a schema registered over HTTP, a record produced
 * through the serde in the Confluent wire format, read by consumers in two other groups, one of which decodes the raw
 * bytes itself with the writer schema it fetches from the registry by the id in the record.
 */
@RealKafka
class SchemaIdRoundTripIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final TopicSpec<String, Receipt> RECEIPTS = Topics.CONNECTOR_RECEIPTS.of("school");
    private static final String SUBJECT = RECEIPTS.name() + "-value";

    @Test
    void aRecordProducedThroughTheSerdeIsDecodedInAnotherGroupByItsSchemaIdFromTheRegistry(KafkaTestEnvironment kafka)
            throws Exception {
        kafka.createTopics(RECEIPTS);
        RegistryRest registry = new RegistryRest(kafka.schemaRegistryUrl());
        int registeredId = registry.registerOk(SUBJECT, Receipt.getClassSchema().toString());
        String reportId = UUID.randomUUID().toString();
        Receipt sent = receipt(reportId);

        Map<String, Object> producerProps = kafka.producerProperties();
        producerProps.put(KafkaAvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false);
        try (KafkaProducer<String, Receipt> producer = new KafkaProducer<>(producerProps)) {
            producer.send(new ProducerRecord<>(RECEIPTS.name(), reportId, sent)).get();
        }

        byte[] raw = awaitValue(rawConsumerProperties(kafka, "registry-raw-" + reportId), reportId);
        ByteBuffer wire = ByteBuffer.wrap(raw);
        assertThat(wire.get()).as("Confluent magic byte").isZero();
        int idInRecord = wire.getInt();
        assertThat(idInRecord).isEqualTo(registeredId);

        RegistryRest.Reply writer = registry.get("/schemas/ids/" + idInRecord);
        assertThat(writer.status()).isEqualTo(200);
        Schema writerSchema =
                new Schema.Parser().parse(writer.body().get("schema").asText());
        SpecificDatumReader<Receipt> reader = new SpecificDatumReader<>(writerSchema, Receipt.getClassSchema());
        Receipt decodedByHand = reader.read(null, DecoderFactory.get().binaryDecoder(raw, 5, raw.length - 5, null));
        assertThat(decodedByHand).isEqualTo(sent);

        Receipt decodedBySerde = awaitValue(kafka.consumerProperties("registry-serde-" + reportId), reportId);
        assertThat(decodedBySerde).isEqualTo(sent);
    }

    @Test
    void theSerdeFindsTheIdARegisteredSchemaAlreadyHasInsteadOfCreatingAnother(KafkaTestEnvironment kafka)
            throws Exception {
        kafka.createTopics(RECEIPTS);
        RegistryRest registry = new RegistryRest(kafka.schemaRegistryUrl());
        int registeredId = registry.registerOk(SUBJECT, Receipt.getClassSchema().toString());
        int versionsBefore =
                registry.get("/subjects/" + SUBJECT + "/versions").body().size();
        String reportId = UUID.randomUUID().toString();

        try (KafkaProducer<String, Receipt> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(RECEIPTS.name(), reportId, receipt(reportId)))
                    .get();
        }

        byte[] raw = awaitValue(rawConsumerProperties(kafka, "registry-autoregister-" + reportId), reportId);
        assertThat(ByteBuffer.wrap(raw, 1, 4).getInt()).isEqualTo(registeredId);
        assertThat(registry.get("/subjects/" + SUBJECT + "/versions").body().size())
                .isEqualTo(versionsBefore);
    }

    private static Receipt receipt(String reportId) {
        return Receipt.newBuilder()
                .setReportId(reportId)
                .setConnectorId("school")
                .setReportingOrganisation(new OrganisationId(OrganisationIdScheme.ORGANISATION_NUMBER, "2120001234"))
                .setAcceptedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setContentDigest("0f".repeat(32))
                .build();
    }

    private static Map<String, Object> rawConsumerProperties(KafkaTestEnvironment kafka, String groupId) {
        Map<String, Object> props = kafka.consumerProperties(groupId);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /** Reads the topic in a group of its own until the record with this key arrives; other tests share the topic. */
    private static <V> V awaitValue(Map<String, Object> consumerProps, String key) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of(RECEIPTS.name()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no record with key " + key + " on " + RECEIPTS.name() + " within " + TIMEOUT);
    }
}
