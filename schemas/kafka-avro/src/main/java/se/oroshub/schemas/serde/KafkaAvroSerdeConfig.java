package se.oroshub.schemas.serde;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import se.oroshub.schemas.registry.SchemaRegistryClientConfig;

/**
 * Settings of the Avro serdes, with Confluent's property names and defaults, so that Confluent's
 * {@code KafkaAvroSerializer}/{@code KafkaAvroDeserializer} can replace ours by changing class names only.
 *
 * <table>
 * <caption>Configuration keys</caption>
 * <tr><th>key</th><th>default</th></tr>
 * <tr><td>{@value #SCHEMA_REGISTRY_URL}</td><td>(required; {@code mock://scope} selects an in-memory registry)</td></tr>
 * <tr><td>{@value #AUTO_REGISTER_SCHEMAS}</td><td>true</td></tr>
 * <tr><td>{@value #USE_LATEST_VERSION}</td><td>false</td></tr>
 * <tr><td>{@value #SPECIFIC_AVRO_READER}</td><td>false</td></tr>
 * <tr><td>{@value #KEY_SUBJECT_NAME_STRATEGY}</td><td>{@link TopicNameStrategy}</td></tr>
 * <tr><td>{@value #VALUE_SUBJECT_NAME_STRATEGY}</td><td>{@link TopicNameStrategy}</td></tr>
 * <tr><td>{@value #BASIC_AUTH_CREDENTIALS_SOURCE}, {@value #BASIC_AUTH_USER_INFO}</td><td>none</td></tr>
 * </table>
 *
 * <p>Strategy values may be our class names, Confluent's ({@code io.confluent.kafka.serializers.subject.TopicNameStrategy}
 * and its siblings), or a {@link SubjectNameStrategy} class. The registry client's own keys are described in
 * {@link SchemaRegistryClientConfig}.
 *
 * @param autoRegisterSchemas      register the record's schema when writing
 * @param useLatestVersion         write with the subject's latest registered schema instead
 * @param specificAvroReader       read into the generated SpecificRecord classes
 * @param keySubjectNameStrategy   the subject strategy for keys
 * @param valueSubjectNameStrategy the subject strategy for values
 */
public record KafkaAvroSerdeConfig(
        boolean autoRegisterSchemas,
        boolean useLatestVersion,
        boolean specificAvroReader,
        SubjectNameStrategy keySubjectNameStrategy,
        SubjectNameStrategy valueSubjectNameStrategy) {

    public static final String SCHEMA_REGISTRY_URL = SchemaRegistryClientConfig.URL;
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = SchemaRegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE;
    public static final String BASIC_AUTH_USER_INFO = SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO;

    private static final String CONFLUENT_STRATEGIES = "io.confluent.kafka.serializers.subject.";

    /**
     * Reads the settings from a Kafka-style configuration map.
     *
     * @throws ConfigException naming the key for a malformed value
     */
    public static KafkaAvroSerdeConfig fromMap(Map<String, ?> config) {
        return new KafkaAvroSerdeConfig(
                bool(config, AUTO_REGISTER_SCHEMAS, true),
                bool(config, USE_LATEST_VERSION, false),
                bool(config, SPECIFIC_AVRO_READER, false),
                strategy(config, KEY_SUBJECT_NAME_STRATEGY),
                strategy(config, VALUE_SUBJECT_NAME_STRATEGY));
    }

    /** The subject strategy for keys or values. */
    public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        return isKey ? keySubjectNameStrategy : valueSubjectNameStrategy;
    }

    private static boolean bool(Map<String, ?> config, String key, boolean fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ConfigException(key, value, "expected true or false");
    }

    private static SubjectNameStrategy strategy(Map<String, ?> config, String key) {
        Object value = config.get(key);
        if (value == null) {
            return new TopicNameStrategy();
        }
        if (value instanceof SubjectNameStrategy instance) {
            return instance;
        }
        String name = value instanceof Class<?> type
                ? type.getName()
                : value.toString().trim();
        return switch (name) {
            case "TopicNameStrategy", CONFLUENT_STRATEGIES + "TopicNameStrategy" -> new TopicNameStrategy();
            case "RecordNameStrategy", CONFLUENT_STRATEGIES + "RecordNameStrategy" -> new RecordNameStrategy();
            case "TopicRecordNameStrategy", CONFLUENT_STRATEGIES + "TopicRecordNameStrategy" ->
                new TopicRecordNameStrategy();
            default -> instantiate(key, name);
        };
    }

    private static SubjectNameStrategy instantiate(String key, String className) {
        try {
            Class<?> type = Class.forName(className, true, KafkaAvroSerdeConfig.class.getClassLoader());
            if (!SubjectNameStrategy.class.isAssignableFrom(type)) {
                throw new ConfigException(key, className, "not a " + SubjectNameStrategy.class.getName());
            }
            return (SubjectNameStrategy) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConfigException(key, className, "no such class");
        } catch (ReflectiveOperationException e) {
            throw new ConfigException(key, className, "cannot be instantiated: " + rootMessage(e));
        }
    }

    private static String rootMessage(ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
        return cause.getClass().getSimpleName();
    }
}
