package se.oroshub.registryserver;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.oroshub.registryserver.internal.WriterCredentials;
import se.oroshub.schemas.compatibility.CompatibilityLevel;
import se.oroshub.schemas.topics.Topics;

/**
 * The registry's configuration, named as Confluent's registry names it, so existing configuration carries over.
 *
 * <table>
 *   <caption>Configuration keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code listeners}</td><td>{@code http://127.0.0.1:8081}</td><td>where the REST API listens (one
 *       http listener; port 0 picks a free port)</td></tr>
 *   <tr><td>{@code kafkastore.bootstrap.servers}</td><td>{@code 127.0.0.1:9092}</td><td>the Kafka cluster holding
 *       the store topic</td></tr>
 *   <tr><td>{@code kafkastore.topic}</td><td>{@code _schemas}</td><td>the compacted store topic</td></tr>
 *   <tr><td>{@code kafkastore.topic.replication.factor}</td><td>1</td><td>replication of the store topic when the
 *       registry creates it; use 3 on a production cluster</td></tr>
 *   <tr><td>{@code kafkastore.timeout.ms}</td><td>10000</td><td>how long a write may take to be acknowledged and
 *       applied</td></tr>
 *   <tr><td>{@code kafkastore.init.timeout.ms}</td><td>60000</td><td>how long start-up may take to read the store
 *       topic to its end</td></tr>
 *   <tr><td>{@code schema.compatibility.level}</td><td>{@code BACKWARD}</td><td>the default compatibility level</td></tr>
 *   <tr><td>{@code authentication.method}</td><td>{@code BASIC}</td><td>{@code BASIC}: registering, deleting and
 *       setting compatibility need HTTP Basic credentials of a principal in the users file; {@code NONE}: anyone may
 *       (only for a registry nobody else can reach)</td></tr>
 *   <tr><td>{@code authentication.basic.users.file}</td><td></td><td>with {@code BASIC}: a properties file of
 *       {@code principal=hash} lines (make a hash with {@code --hash-password}); required</td></tr>
 *   <tr><td>{@code kafkastore.<client setting>}</td><td></td><td>any other key under {@code kafkastore.} is passed to
 *       the store's Kafka clients without the prefix (e.g. {@code kafkastore.security.protocol})</td></tr>
 * </table>
 */
public record RegistryConfig(
        String host,
        int port,
        String bootstrapServers,
        String topic,
        short replicationFactor,
        CompatibilityLevel compatibilityLevel,
        Duration timeout,
        Duration initTimeout,
        Map<String, String> kafkaClientOverrides,
        Optional<Path> writersFile) {

    /** How a request that changes the registry is authenticated. */
    public enum AuthenticationMethod {
        /** HTTP Basic against the users file. */
        BASIC,
        /** None: anyone may change the registry. */
        NONE
    }

    public static final String LISTENERS = "listeners";
    public static final String BOOTSTRAP_SERVERS = "kafkastore.bootstrap.servers";
    public static final String TOPIC = "kafkastore.topic";
    public static final String REPLICATION_FACTOR = "kafkastore.topic.replication.factor";
    public static final String TIMEOUT_MS = "kafkastore.timeout.ms";
    public static final String INIT_TIMEOUT_MS = "kafkastore.init.timeout.ms";
    public static final String COMPATIBILITY_LEVEL = "schema.compatibility.level";
    public static final String AUTHENTICATION_METHOD = "authentication.method";
    public static final String USERS_FILE = "authentication.basic.users.file";

    /** Every key this registry reads itself; other {@code kafkastore.} keys go to the Kafka clients. */
    public static final Set<String> KEYS = Set.of(
            LISTENERS,
            BOOTSTRAP_SERVERS,
            TOPIC,
            REPLICATION_FACTOR,
            TIMEOUT_MS,
            INIT_TIMEOUT_MS,
            COMPATIBILITY_LEVEL,
            AUTHENTICATION_METHOD,
            USERS_FILE);

    private static final String KAFKASTORE_PREFIX = "kafkastore.";

    public RegistryConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(compatibilityLevel, "compatibilityLevel");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initTimeout, "initTimeout");
        kafkaClientOverrides = Map.copyOf(kafkaClientOverrides);
        Objects.requireNonNull(writersFile, "writersFile");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the listener port must be between 0 and 65535, was " + port);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException(REPLICATION_FACTOR + " must be at least 1, was " + replicationFactor);
        }
    }

    /**
     * A registry on a free port of 127.0.0.1, storing in {@code _schemas} on the given cluster, that anyone on this
     * machine may change (for tests).
     */
    public static RegistryConfig forBroker(String bootstrapServers) {
        return fromProperties(Map.of(
                LISTENERS,
                "http://127.0.0.1:0",
                BOOTSTRAP_SERVERS,
                bootstrapServers,
                AUTHENTICATION_METHOD,
                AuthenticationMethod.NONE.name()));
    }

    /** Who may change the registry: empty when anyone may ({@code authentication.method=NONE}). */
    Optional<WriterCredentials> writers() {
        return writersFile.map(WriterCredentials::read);
    }

    /**
     * Reads Confluent-named settings; missing keys take their defaults.
     *
     * @throws IllegalArgumentException naming the key and the problem when a value is not usable
     */
    public static RegistryConfig fromProperties(Map<String, String> properties) {
        URI listener = listener(properties.getOrDefault(LISTENERS, "http://127.0.0.1:8081"));
        String levelName = properties.getOrDefault(COMPATIBILITY_LEVEL, CompatibilityLevel.BACKWARD.name());
        CompatibilityLevel level = CompatibilityLevel.parse(levelName)
                .orElseThrow(() -> new IllegalArgumentException(
                        COMPATIBILITY_LEVEL + " '" + levelName + "' is not one of NONE, BACKWARD, BACKWARD_TRANSITIVE, "
                                + "FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE"));
        Map<String, String> overrides = new HashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(KAFKASTORE_PREFIX) && !KEYS.contains(key)) {
                overrides.put(key.substring(KAFKASTORE_PREFIX.length()), value);
            }
        });
        return new RegistryConfig(
                listener.getHost(),
                listener.getPort(),
                properties.getOrDefault(BOOTSTRAP_SERVERS, "127.0.0.1:9092"),
                properties.getOrDefault(TOPIC, Topics.SCHEMAS.name()),
                (short) number(properties, REPLICATION_FACTOR, 1),
                level,
                Duration.ofMillis(number(properties, TIMEOUT_MS, 10_000)),
                Duration.ofMillis(number(properties, INIT_TIMEOUT_MS, 60_000)),
                overrides,
                writersFile(properties));
    }

    private static Optional<Path> writersFile(Map<String, String> properties) {
        String method = properties
                .getOrDefault(AUTHENTICATION_METHOD, AuthenticationMethod.BASIC.name())
                .trim()
                .toUpperCase(Locale.ROOT);
        if (AuthenticationMethod.NONE.name().equals(method)) {
            return Optional.empty();
        }
        if (!AuthenticationMethod.BASIC.name().equals(method)) {
            throw new IllegalArgumentException(
                    AUTHENTICATION_METHOD + " '" + properties.get(AUTHENTICATION_METHOD) + "' is not BASIC or NONE");
        }
        String file = properties.get(USERS_FILE);
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException(USERS_FILE + " must name the file of the principals that may change"
                    + " the registry (or set " + AUTHENTICATION_METHOD + "=NONE for a registry nobody else can reach)");
        }
        Path path = Path.of(file.trim());
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException(USERS_FILE + " '" + file + "' is not a readable file");
        }
        return Optional.of(path);
    }

    /** The same configuration with another store topic. */
    public RegistryConfig withTopic(String newTopic) {
        return new RegistryConfig(
                host,
                port,
                bootstrapServers,
                newTopic,
                replicationFactor,
                compatibilityLevel,
                timeout,
                initTimeout,
                kafkaClientOverrides,
                writersFile);
    }

    private static URI listener(String value) {
        String first = value.trim();
        if (first.contains(",")) {
            throw new IllegalArgumentException(LISTENERS + " '" + value + "' names several listeners; this registry "
                    + "serves exactly one, e.g. http://127.0.0.1:8081");
        }
        URI uri;
        try {
            uri = URI.create(first);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(LISTENERS + " '" + value + "' is not a URL: " + e.getMessage(), e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException(
                    LISTENERS + " '" + value + "' must be an http URL with host and port, e.g. http://127.0.0.1:8081");
        }
        return uri;
    }

    private static long number(Map<String, String> properties, String key, long defaultValue) {
        String value = properties.get(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 1 || (REPLICATION_FACTOR.equals(key) && parsed > Short.MAX_VALUE)) {
                throw new IllegalArgumentException(key + " must be a positive number, was '" + value + "'");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + value + "'", e);
        }
    }
}
