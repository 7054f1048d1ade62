package se.oroshub.schemas.compatibility;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/** Generic data of any schema from a seeded {@link Random}: every field set, every union branch reachable. */
final class RandomDatum {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzåäö0123456789 -";

    private final Random random;

    RandomDatum(Random random) {
        this.random = random;
    }

    Object of(Schema schema) {
        return switch (schema.getType()) {
            case RECORD -> {
                GenericData.Record record = new GenericData.Record(schema);
                schema.getFields().forEach(f -> record.put(f.pos(), of(f.schema())));
                yield record;
            }
            case ENUM -> new GenericData.EnumSymbol(schema,
                    schema.getEnumSymbols().get(random.nextInt(schema.getEnumSymbols().size())));
            case ARRAY -> {
                int size = 1 + random.nextInt(3);
                GenericData.Array<Object> array = new GenericData.Array<>(size, schema);
                for (int i = 0; i < size; i++) {
                    array.add(of(schema.getElementType()));
                }
                yield array;
            }
            case MAP -> {
                Map<String, Object> map = new HashMap<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    map.put(text(), of(schema.getValueType()));
                }
                yield map;
            }
            case UNION -> of(schema.getTypes().get(random.nextInt(schema.getTypes().size())));
            case FIXED -> {
                byte[] bytes = new byte[schema.getFixedSize()];
                random.nextBytes(bytes);
                yield new GenericData.Fixed(schema, bytes);
            }
            case STRING -> text();
            case BYTES -> {
                byte[] bytes = new byte[random.nextInt(16)];
                random.nextBytes(bytes);
                yield ByteBuffer.wrap(bytes);
            }
            case INT -> schema.getLogicalType() instanceof LogicalTypes.Date
                    ? 19_000 + random.nextInt(2_000)
                    : random.nextInt();
            case LONG -> schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
                    ? 1_700_000_000_000L + random.nextInt(Integer.MAX_VALUE)
                    : random.nextLong();
            case FLOAT -> random.nextFloat();
            case DOUBLE -> random.nextDouble();
            case BOOLEAN -> random.nextBoolean();
            case NULL -> null;
        };
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return text.toString();
    }
}
