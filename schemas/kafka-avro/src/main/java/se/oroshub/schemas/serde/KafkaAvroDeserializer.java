package se.oroshub.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import se.oroshub.schemas.registry.SchemaNotFoundException;
import se.oroshub.schemas.registry.SchemaRegistryClient;
import se.oroshub.schemas.registry.SchemaRegistryException;

/**
 * Reads Avro data in the Confluent wire format, a drop-in for
 * {@code io.confluent.kafka.serializers.KafkaAvroDeserializer}: the writer schema is fetched from the registry by the
 * id in the header; with {@code specific.avro.reader=true} the record is read into its generated class with that
 * class's schema as reader schema (Avro schema resolution bridges the two), otherwise into a GenericRecord.
 *
 * <p>Avro 1.12 loads a generated class only when it is trusted: the JVM must run with the system property
 * {@value #TRUSTED_PACKAGES_PROPERTY} naming the package of the generated classes (for the hub
 * {@code se.oroshub.schemas.avro}); otherwise reading fails with a message saying so.
 *
 * <p>Failures are {@link SerializationException}s naming the topic, the subject where known, the schema id and the
 * cause (unknown magic byte, unknown schema id, registry unreachable, untrusted class); never record content.
 */
public class KafkaAvroDeserializer implements Deserializer<Object> {

    /** The system property through which Avro 1.12 trusts generated classes. */
    public static final String TRUSTED_PACKAGES_PROPERTY = "org.apache.avro.SERIALIZABLE_PACKAGES";

    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;
    private KafkaAvroSerdeConfig config;
    private boolean isKey;

    /** A deserializer that builds its registry client from {@link #configure(Map, boolean)}. */
    public KafkaAvroDeserializer() {}

    /** A deserializer using the given registry client (the {@code schema.registry.url} setting is then not needed). */
    public KafkaAvroDeserializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    /** A configured deserializer using the given registry client. */
    public KafkaAvroDeserializer(SchemaRegistryClient registry, Map<String, ?> configs, boolean isKey) {
        this.registry = registry;
        configure(configs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = KafkaAvroSerdeConfig.fromMap(configs);
        this.isKey = isKey;
        this.readers.clear();
        if (registry == null) {
            registry = KafkaAvroSerializer.clientFrom(configs);
        }
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("KafkaAvroDeserializer used before configure()");
        }
        if (data.length < ConfluentWireFormat.HEADER_SIZE || data[0] != ConfluentWireFormat.MAGIC_BYTE) {
            throw new SerializationException(
                    "Unknown magic byte in " + (isKey ? "key" : "value") + " of a record on topic '"
                            + topic + "': expected 0 followed by a 4-byte schema id (Confluent wire format), got "
                            + (data.length == 0
                                    ? "an empty payload"
                                    : data.length + " bytes starting with 0x" + String.format("%02x", data[0] & 0xff)));
        }
        int id = ByteBuffer.wrap(data, 1, 4).getInt();
        Schema writer;
        try {
            writer = registry.getSchemaById(id);
        } catch (SchemaNotFoundException e) {
            throw new SerializationException(
                    "Schema id " + id + " of a record on topic '" + topic + "' (subject '"
                            + subjectOrUnknown(topic, null) + "') is not in the schema registry: " + e.getMessage(),
                    e);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "Error retrieving Avro schema id " + id + " for topic '" + topic + "' (subject '"
                            + subjectOrUnknown(topic, null) + "'): " + e.getMessage(),
                    e);
        }
        if (writer.getType() == Schema.Type.BYTES) {
            return Arrays.copyOfRange(data, ConfluentWireFormat.HEADER_SIZE, data.length);
        }
        DatumReader<Object> reader = readers.computeIfAbsent(id, i -> readerFor(writer, topic, id));
        try {
            Object result = reader.read(
                    null,
                    DecoderFactory.get()
                            .binaryDecoder(
                                    data,
                                    ConfluentWireFormat.HEADER_SIZE,
                                    data.length - ConfluentWireFormat.HEADER_SIZE,
                                    null));
            return writer.getType() == Schema.Type.STRING ? result.toString() : result;
        } catch (SecurityException e) {
            throw untrusted(writer, topic, id);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Error deserializing Avro record of schema " + writer.getFullName()
                    + " (id " + id + ") on topic '" + topic + "' (subject '" + subjectOrUnknown(topic, writer) + "'): "
                    + KafkaAvroSerializer.safeReason(e));
        }
    }

    private DatumReader<Object> readerFor(Schema writer, String topic, int id) {
        boolean named = writer.getType() == Schema.Type.RECORD
                || writer.getType() == Schema.Type.ENUM
                || writer.getType() == Schema.Type.FIXED;
        if (!config.specificAvroReader() || !named) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        Class<?> generated;
        try {
            generated = SpecificData.get().getClass(writer);
        } catch (SecurityException e) {
            throw untrusted(writer, topic, id);
        }
        if (generated == null) {
            throw new SerializationException("specific.avro.reader=true but no generated class " + writer.getFullName()
                    + " is on the classpath, for schema id " + id + " on topic '" + topic + "' (subject '"
                    + subjectOrUnknown(topic, writer) + "')");
        }
        try {
            ClassSecurityValidator.validate(generated);
        } catch (SecurityException e) {
            throw untrusted(writer, topic, id);
        }
        SpecificData model = SpecificData.getForClass(generated);
        return new SpecificDatumReader<>(writer, model.getSchema(generated), model);
    }

    private SerializationException untrusted(Schema writer, String topic, int id) {
        return new SerializationException("Avro refused to load the generated class " + writer.getFullName()
                + " for schema id " + id + " on topic '" + topic + "': the class is not trusted. Start the JVM with -D"
                + TRUSTED_PACKAGES_PROPERTY + "=" + writer.getNamespace() + " (Avro 1.12 loads only classes of the "
                + "packages listed in the system property " + TRUSTED_PACKAGES_PROPERTY + ")");
    }

    private String subjectOrUnknown(String topic, Schema writer) {
        SubjectNameStrategy strategy = config.subjectNameStrategy(isKey);
        if (strategy instanceof TopicNameStrategy || writer != null) {
            return strategy.subjectName(topic, isKey, writer);
        }
        return "unknown until the schema is known";
    }
}
