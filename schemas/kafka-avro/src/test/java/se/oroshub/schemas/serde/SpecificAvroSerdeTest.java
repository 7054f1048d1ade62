package se.oroshub.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.fixtures.SyntheticReports;
import se.oroshub.schemas.registry.MockSchemaRegistry;
import se.oroshub.schemas.topics.Topics;

class SpecificAvroSerdeTest {

    private static final String SCOPE = "specific-avro-serde-test";
    private static final Map<String, Object> CONFIG = Map.of("schema.registry.url", "mock://" + SCOPE);

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void roundTripsAGeneratedRecordAndAlwaysReadsSpecific() {
        SpecificAvroSerde<ReporterNotification> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of("schema.registry.url", "mock://" + SCOPE, "specific.avro.reader", false), false);
        ReporterNotification value = KafkaAvroSerdeTest.notification();

        byte[] bytes = serde.serializer().serialize("t", value);
        ReporterNotification read = serde.deserializer().deserialize("t", bytes);

        assertThat(read).isEqualTo(value);
        assertThat(MockSchemaRegistry.forScope(SCOPE).listSubjects()).containsExactly("t-value");
    }

    @Test
    void topicSerdesGiveStringKeysAndSpecificAvroValues() {
        Serde<String> keys = TopicSerdes.keySerde(Topics.CONNECTOR_INTAKE.of("school"), CONFIG);
        Serde<ConcernReport> values = TopicSerdes.valueSerde(Topics.CONNECTOR_INTAKE.of("school"), CONFIG);
        ConcernReport report = new SyntheticReports(
                        new Random(3), Clock.fixed(Instant.parse("2026-03-15T08:30:00Z"), ZoneOffset.UTC))
                .schoolReport();

        assertThat(keys.getClass()).isEqualTo(Serdes.String().getClass());
        assertThat(values).isInstanceOf(SpecificAvroSerde.class);
        String topic = Topics.CONNECTOR_INTAKE.of("school").name();
        byte[] bytes = values.serializer().serialize(topic, report);
        ConcernReport read = values.deserializer().deserialize(topic, bytes);
        assertThat(read).isInstanceOf(ConcernReport.class);
        // ConcernReport.equals cannot compare the GenericData.Array Avro reads arrays into (its element comparison
        // knows no logical-type conversions), so equality is shown on the canonical bytes instead.
        assertThat(values.serializer().serialize(topic, read)).isEqualTo(bytes);
        assertThat(read.getChild().getPersonalIdentityNumber())
                .isEqualTo(report.getChild().getPersonalIdentityNumber());
        assertThat(MockSchemaRegistry.forScope(SCOPE).listSubjects()).containsExactly(topic + "-value");
    }

    @Test
    void topicFamiliesShareOneValueSerde() {
        Serde<ReporterNotification> values = TopicSerdes.valueSerde(Topics.ORGANISATION_FEEDBACK, CONFIG);
        String topic = Topics.feedbackTopic(KafkaAvroSerdeTest.notification().getReportingOrganisation())
                .name();

        byte[] bytes = values.serializer().serialize(topic, KafkaAvroSerdeTest.notification());

        assertThat(values.deserializer().deserialize(topic, bytes)).isEqualTo(KafkaAvroSerdeTest.notification());
        assertThat(TopicSerdes.valueSerde(Topics.SCHEMAS, CONFIG).getClass())
                .isEqualTo(Serdes.String().getClass());
    }
}
