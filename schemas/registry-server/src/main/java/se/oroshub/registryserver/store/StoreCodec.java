package se.oroshub.registryserver.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import se.oroshub.registryserver.store.StoreKey.ConfigKey;
import se.oroshub.registryserver.store.StoreKey.DeleteSubjectKey;
import se.oroshub.registryserver.store.StoreKey.SchemaKey;
import se.oroshub.registryserver.store.StoreValue.ConfigValue;
import se.oroshub.registryserver.store.StoreValue.DeleteSubjectValue;
import se.oroshub.registryserver.store.StoreValue.SchemaValue;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

/**
 * Encodes store records as the JSON keys and values Confluent's registry writes to its {@code _schemas} topic, e.g.
 * key {@code {"keytype":"SCHEMA","subject":"s","version":1,"magic":1}} with value
 * {@code {"subject":"s","version":1,"id":1,"schema":"...","deleted":false}}. Key fields are always written in the same
 * order, because compaction compares key bytes.
 */
public final class StoreCodec {

    private final ObjectMapper json = new ObjectMapper();

    public String encodeKey(StoreKey key) {
        ObjectNode node = json.createObjectNode();
        if (key instanceof SchemaKey k) {
            node.put("keytype", "SCHEMA");
            node.put("subject", k.subject());
            node.put("version", k.version());
            node.put("magic", 1);
        } else if (key instanceof ConfigKey k) {
            node.put("keytype", "CONFIG");
            node.put("subject", k.subject());
            node.put("magic", 0);
        } else if (key instanceof DeleteSubjectKey k) {
            node.put("keytype", "DELETE_SUBJECT");
            node.put("subject", k.subject());
            node.put("magic", 0);
        }
        return node.toString();
    }

    /** The value's JSON, or null for a tombstone. */
    public String encodeValue(Optional<StoreValue> value) {
        if (value.isEmpty()) {
            return null;
        }
        ObjectNode node = json.createObjectNode();
        StoreValue stored = value.get();
        if (stored instanceof SchemaValue v) {
            node.put("subject", v.subject());
            node.put("version", v.version());
            node.put("id", v.id());
            node.put("schema", v.schema());
            node.put("deleted", v.deleted());
        } else if (stored instanceof ConfigValue v) {
            node.put("compatibilityLevel", v.level().name());
        } else if (stored instanceof DeleteSubjectValue v) {
            node.put("subject", v.subject());
            node.put("version", v.version());
        }
        return node.toString();
    }

    /**
     * Decodes one record. Key types this registry does not use (Confluent's NOOP, MODE, CONTEXT...) decode to empty,
     * so a topic written by Confluent's registry can be read.
     *
     * @throws IllegalArgumentException when the key or value is not the JSON the key type requires
     */
    public Optional<StoreRecord> decode(String keyJson, String valueJson) {
        JsonNode key = parse(keyJson, "key");
        String keyType = key.path("keytype").asText("");
        Optional<JsonNode> value = valueJson == null ? Optional.empty() : Optional.of(parse(valueJson, "value"));
        return switch (keyType) {
            case "SCHEMA" -> {
                SchemaKey k = new SchemaKey(text(key, "subject"), number(key, "version"));
                yield Optional.of(new StoreRecord(
                        k,
                        value.map(v -> new SchemaValue(
                                text(v, "subject"),
                                number(v, "version"),
                                number(v, "id"),
                                text(v, "schema"),
                                v.path("deleted").asBoolean(false)))));
            }
            case "CONFIG" -> {
                JsonNode subject = key.get("subject");
                ConfigKey k = new ConfigKey(subject == null || subject.isNull() ? null : subject.asText());
                yield Optional.of(new StoreRecord(k, value.map(v -> new ConfigValue(level(v)))));
            }
            case "DELETE_SUBJECT" -> {
                DeleteSubjectKey k = new DeleteSubjectKey(text(key, "subject"));
                yield Optional.of(new StoreRecord(
                        k, value.map(v -> new DeleteSubjectValue(text(v, "subject"), number(v, "version")))));
            }
            default -> Optional.empty();
        };
    }

    private JsonNode parse(String text, String what) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("store record " + what + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("store record " + what + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("store record lacks the text field '" + field + "'");
        }
        return value.asText();
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IllegalArgumentException("store record lacks the integer field '" + field + "'");
        }
        return value.asInt();
    }

    private static CompatibilityLevel level(JsonNode node) {
        String name = text(node, "compatibilityLevel");
        return CompatibilityLevel.parse(name)
                .orElseThrow(() ->
                        new IllegalArgumentException("store record has an unknown compatibility level '" + name + "'"));
    }
}
