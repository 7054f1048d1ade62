package se.oroshub.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.oroshub.schemas.fixtures.RandomDatum;
import se.oroshub.schemas.registry.MockSchemaRegistry;
import se.oroshub.schemas.topics.Topics;

/** A round trip of every contract that travels on a topic through the serdes, in the Confluent wire format. */
class ContractWireFormatTest {

    private final MockSchemaRegistry registry = new MockSchemaRegistry();

    @AfterEach
    void dropScopes() {
        MockSchemaRegistry.clearAllScopes();
    }

    /** Every named type a topic carries: the value of each topic and every record and enum inside it. */
    static List<String> contracts() {
        Map<String, Schema> named = new TreeMap<>();
        Stream.concat(
                        Topics.FIXED.stream().map(spec -> spec.valueType()),
                        Stream.of(
                                        Topics.MUNICIPALITY_REPORTS,
                                        Topics.MUNICIPALITY_DEVIATIONS,
                                        Topics.AFTER_HOURS_REPORTS,
                                        Topics.ORGANISATION_FEEDBACK)
                                .map(family -> family.valueType()))
                .filter(SpecificRecord.class::isAssignableFrom)
                .forEach(type -> collect(SpecificData.get().getSchema(type), named));
        return List.copyOf(named.keySet());
    }

    private static void collect(Schema schema, Map<String, Schema> named) {
        switch (schema.getType()) {
            case RECORD -> {
                if (named.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(field -> collect(field.schema(), named));
                }
            }
            case ENUM, FIXED -> named.putIfAbsent(schema.getFullName(), schema);
            case ARRAY -> collect(schema.getElementType(), named);
            case MAP -> collect(schema.getValueType(), named);
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, named));
            default -> {}
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void everyContractRoundTripsThroughTheSerdesInTheWireFormat(String className) throws Exception {
        Schema schema = SpecificData.get().getSchema(Class.forName(className));
        String name = schema.getName();
        String topic = "round-trip." + name;
        Map<String, Object> config = Map.of("schema.registry.url", "mock://unused");
        KafkaAvroSerializer serializer = new KafkaAvroSerializer(registry, config, false);
        KafkaAvroDeserializer specific = new KafkaAvroDeserializer(
                registry, Map.of("schema.registry.url", "mock://unused", "specific.avro.reader", true), false);
        Object datum = new RandomDatum(new Random(name.hashCode())).of(schema);
        assertThat(GenericData.get().validate(schema, datum)).isTrue();

        byte[] written = serializer.serialize(topic, datum);
        Object read = specific.deserialize(topic, written);

        assertThat(written[0]).isZero();
        assertThat(ByteBuffer.wrap(written, 1, 4).getInt())
                .isEqualTo(registry.getLatestVersion(topic + "-value").id());
        assertThat(read.getClass().getName()).isEqualTo(schema.getFullName());
        if (schema.getType() == Schema.Type.RECORD) {
            assertThat(read).isInstanceOf(SpecificRecord.class);
        }
        assertThat(serializer.serialize(topic, read))
                .as("specific record written back")
                .isEqualTo(written);
    }
}
