package se.oroshub.hub.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.slf4j.LoggerFactory;

/**
 * The options of the hub's command-line tools: {@code --key=value} pairs, with the hub's own property names for the
 * broker and the registry, so an operator passes the same settings to a tool as to the hub, and
 * {@code --command-config=FILE}: a Kafka client properties file, as Kafka's own tools take it, for a secured cluster
 * ({@code security.protocol}, {@code ssl.*}, {@code sasl.*}) and registry ({@code basic.auth.credentials.source},
 * {@code basic.auth.user.info}). Its settings go to every client the tool opens; the file is read, never printed.
 *
 * @param values the options by key, without the leading {@code --}
 */
public record CommandOptions(Map<String, String> values) {

    /** The broker, as the hub reads it. */
    public static final String BOOTSTRAP = "spring.kafka.bootstrap-servers";
    /** The schema registry, as the hub reads it. */
    public static final String REGISTRY = "spring.kafka.properties.schema.registry.url";

    /** The Kafka client properties file of a secured cluster. */
    public static final String COMMAND_CONFIG = "command-config";

    /** Copies the options. */
    public CommandOptions {
        values = Map.copyOf(values);
    }

    /** The {@code --key=value} arguments; other arguments (flags) are left to the caller. */
    public static CommandOptions parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                int eq = arg.indexOf('=');
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return new CommandOptions(options);
    }

    /** The value of an option, if given and not blank. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    /** The broker, by default the local runtime's {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return get(BOOTSTRAP).orElse("127.0.0.1:9092");
    }

    /** The registry, by default the local runtime's {@code http://127.0.0.1:8081}. */
    public String registryUrl() {
        return get(REGISTRY).orElse("http://127.0.0.1:8081");
    }

    /**
     * The settings of every Kafka client a tool opens: the contents of {@code --command-config}, if given, and the
     * broker.
     *
     * @throws IllegalArgumentException naming the option when the file cannot be read
     */
    public Map<String, Object> clientSettings() {
        Map<String, Object> settings = new HashMap<>();
        get(COMMAND_CONFIG).ifPresent(file -> {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(
                        "--" + COMMAND_CONFIG + "=" + file + " cannot be read: "
                                + e.getClass().getSimpleName(),
                        e);
            }
            properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        });
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return settings;
    }

    /** The settings of the tool's Avro serdes: the registry and whatever {@code --command-config} says of it. */
    public Map<String, Object> serdeSettings(boolean specificReader) {
        Map<String, Object> settings = new HashMap<>(clientSettings());
        settings.put("schema.registry.url", registryUrl());
        settings.put("specific.avro.reader", specificReader);
        return settings;
    }

    /** Outside Spring Boot, logback logs everything at DEBUG; a tool's own output is what matters. */
    public static void quietKafkaClientLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.getLogger("org.apache.kafka").setLevel(Level.WARN);
            logging.getLogger("se.oroshub").setLevel(Level.WARN);
        }
    }
}
