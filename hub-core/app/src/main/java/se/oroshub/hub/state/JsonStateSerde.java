package se.oroshub.hub.state;

import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serde of the hub's own state-store values (records of this package) as JSON. State values are internal to the hub
 * and live only in its stores and their changelog topics; JSON keeps them readable and lets fields be added later
 * (unknown fields are ignored when reading an older or newer value).
 *
 * @param <T> the record type
 */
public final class JsonStateSerde<T> implements Serde<T> {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Class<T> type;

    private JsonStateSerde(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The serde of one state record type. */
    public static <T> JsonStateSerde<T> of(Class<T> type) {
        return new JsonStateSerde<>(type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return MAPPER.writeValueAsBytes(value);
            } catch (JacksonException e) {
                throw new SerializationException("cannot write state value of type " + type.getSimpleName(), e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return MAPPER.readValue(bytes, type);
            } catch (JacksonException e) {
                throw new SerializationException("cannot read state value of type " + type.getSimpleName(), e);
            }
        };
    }
}
