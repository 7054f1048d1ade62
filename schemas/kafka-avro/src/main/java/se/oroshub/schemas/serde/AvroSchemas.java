package se.oroshub.schemas.serde;

import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.errors.SerializationException;

/** The Avro schema of a datum, for records and for the primitives Confluent's serializer accepts. */
final class AvroSchemas {

    private static final Map<Schema.Type, Schema> PRIMITIVES = Map.of(
            Schema.Type.NULL, Schema.create(Schema.Type.NULL),
            Schema.Type.BOOLEAN, Schema.create(Schema.Type.BOOLEAN),
            Schema.Type.INT, Schema.create(Schema.Type.INT),
            Schema.Type.LONG, Schema.create(Schema.Type.LONG),
            Schema.Type.FLOAT, Schema.create(Schema.Type.FLOAT),
            Schema.Type.DOUBLE, Schema.create(Schema.Type.DOUBLE),
            Schema.Type.STRING, Schema.create(Schema.Type.STRING),
            Schema.Type.BYTES, Schema.create(Schema.Type.BYTES));

    private AvroSchemas() {}

    static Schema schemaOf(Object datum, String topic) {
        Schema.Type type;
        if (datum instanceof GenericContainer container) {
            return container.getSchema();
        } else if (datum == null) {
            type = Schema.Type.NULL;
        } else if (datum instanceof Boolean) {
            type = Schema.Type.BOOLEAN;
        } else if (datum instanceof Integer) {
            type = Schema.Type.INT;
        } else if (datum instanceof Long) {
            type = Schema.Type.LONG;
        } else if (datum instanceof Float) {
            type = Schema.Type.FLOAT;
        } else if (datum instanceof Double) {
            type = Schema.Type.DOUBLE;
        } else if (datum instanceof CharSequence) {
            type = Schema.Type.STRING;
        } else if (datum instanceof byte[] || datum instanceof ByteBuffer) {
            type = Schema.Type.BYTES;
        } else {
            throw new SerializationException(
                    "Cannot serialize a " + datum.getClass().getName() + " for topic '" + topic
                            + "' as Avro: supported are SpecificRecord, GenericRecord (any GenericContainer) and the primitives "
                            + "null, Boolean, Integer, Long, Float, Double, CharSequence, byte[]");
        }
        return PRIMITIVES.get(type);
    }
}
