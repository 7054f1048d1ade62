package se.oroshub.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import se.oroshub.schemas.registry.IncompatibleSchemaException;
import se.oroshub.schemas.registry.RegisteredSchema;
import se.oroshub.schemas.registry.SchemaNotFoundException;
import se.oroshub.schemas.registry.SchemaRegistryClient;
import se.oroshub.schemas.registry.SchemaRegistryClients;
import se.oroshub.schemas.registry.SchemaRegistryException;
import se.oroshub.schemas.registry.SubjectNotFoundException;

/**
 * Writes Avro data in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro binary), a drop-in
 * for {@code io.confluent.kafka.serializers.KafkaAvroSerializer}: same configuration keys
 * ({@link KafkaAvroSerdeConfig}), same subjects, same bytes.
 *
 * <p>Accepts SpecificRecord, GenericRecord and the primitives Confluent accepts ({@code byte[]} and {@code ByteBuffer}
 * are written raw after the header, as Confluent does). The schema id comes from registering the record's schema
 * ({@code auto.register.schemas=true}), from looking it up ({@code false}), or from the subject's latest version
 * ({@code use.latest.version=true}; the record is then resolved to that schema). Failures are
 * {@link SerializationException}s naming the topic, the subject and the cause; they never carry record content.
 */
public class KafkaAvroSerializer implements Serializer<Object> {

    /** Initial buffer size: the largest record written so far, up to this bound, so a buffer rarely grows. */
    private static final int MAX_SIZE_HINT = 64 * 1024;

    private volatile int sizeHint = 256;
    private final Map<Schema, DatumWriter<Object>> specificWriters = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<Object>> genericWriters = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;
    private KafkaAvroSerdeConfig config;
    private boolean isKey;

    /** A serializer that builds its registry client from {@link #configure(Map, boolean)}. */
    public KafkaAvroSerializer() {}

    /** A serializer using the given registry client (the {@code schema.registry.url} setting is then not needed). */
    public KafkaAvroSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    /** A configured serializer using the given registry client. */
    public KafkaAvroSerializer(SchemaRegistryClient registry, Map<String, ?> configs, boolean isKey) {
        this.registry = registry;
        configure(configs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = KafkaAvroSerdeConfig.fromMap(configs);
        this.isKey = isKey;
        if (registry == null) {
            registry = clientFrom(configs);
        }
    }

    static SchemaRegistryClient clientFrom(Map<String, ?> configs) {
        try {
            return SchemaRegistryClients.fromConfig(configs);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (config == null) {
            throw new IllegalStateException("KafkaAvroSerializer used before configure()");
        }
        Schema schema = AvroSchemas.schemaOf(data, topic);
        String subject = config.subjectNameStrategy(isKey).subjectName(topic, isKey, schema);
        int id;
        Schema writerSchema = schema;
        try {
            if (config.useLatestVersion()) {
                RegisteredSchema latest = registry.getLatestVersion(subject);
                id = latest.id();
                writerSchema = latest.schema();
            } else if (config.autoRegisterSchemas()) {
                id = registry.register(subject, schema);
            } else {
                id = registry.lookup(subject, schema).id();
            }
        } catch (SchemaRegistryException e) {
            throw new SerializationException(registryFailure(topic, subject, schema, e), e);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
            out.write(ConfluentWireFormat.header(id));
            if (data instanceof byte[] raw) {
                out.write(raw);
            } else if (data instanceof ByteBuffer buffer) {
                ByteBuffer view = buffer.duplicate();
                byte[] raw = new byte[view.remaining()];
                view.get(raw);
                out.write(raw);
            } else if (writerSchema.equals(schema)) {
                write(data, schema, out);
            } else {
                write(resolve(data, schema, writerSchema, topic, subject), writerSchema, out);
            }
            sizeHint = Math.min(Math.max(sizeHint, out.size()), MAX_SIZE_HINT);
            return out.toByteArray();
        } catch (SerializationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Error serializing Avro record of schema " + schema.getFullName()
                    + " for topic '" + topic + "' (subject '" + subject + "', schema id " + id + "): " + safeReason(e));
        }
    }

    private static String registryFailure(String topic, String subject, Schema schema, SchemaRegistryException e) {
        String action;
        if (e instanceof IncompatibleSchemaException) {
            action = "Schema " + schema.getFullName() + " is incompatible with the registered versions of";
        } else if (e instanceof SubjectNotFoundException || e instanceof SchemaNotFoundException) {
            action = "Schema " + schema.getFullName() + " is not registered (and auto.register.schemas is off) under";
        } else {
            action = "Error retrieving the schema id of " + schema.getFullName() + " for";
        }
        return action + " subject '" + subject + "' for topic '" + topic + "': " + e.getMessage();
    }

    /**
     * Why writing failed, without the datum: Avro's messages for type mismatches quote the offending value, so only
     * the null-field messages (which name the field path) are passed on.
     */
    static String safeReason(Exception e) {
        if (e instanceof NullPointerException && e.getMessage() != null) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + " (the value does not match its schema; details withheld as they may "
                + "contain record content)";
    }

    private void write(Object datum, Schema schema, ByteArrayOutputStream out) throws IOException {
        DatumWriter<Object> writer = datum instanceof SpecificRecord
                ? specificWriters.computeIfAbsent(
                        schema, s -> new SpecificDatumWriter<>(s, SpecificData.getForClass(datum.getClass())))
                : genericWriters.computeIfAbsent(schema, s -> new GenericDatumWriter<>(s, GenericData.get()));
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writer.write(datum, encoder);
        encoder.flush();
    }

    /**
     * The datum as a generic datum of the target schema, by Avro schema resolution. Resolution errors describe the two
     * schemas (a missing field, a type mismatch), never the datum, so they are passed on.
     */
    private Object resolve(Object datum, Schema own, Schema target, String topic, String subject) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        write(datum, own, plain);
        try {
            return new GenericDatumReader<>(own, target, GenericData.get())
                    .read(null, DecoderFactory.get().binaryDecoder(plain.toByteArray(), null));
        } catch (AvroTypeException e) {
            throw new SerializationException("use.latest.version: schema " + own.getFullName()
                    + " cannot be written as " + "the latest version of subject '" + subject + "' for topic '" + topic
                    + "': " + e.getMessage());
        }
    }
}
