package se.oroshub.hub.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The options of the hub's command-line tools: {@code --key=value} pairs, with the hub's own property names for the
 * broker and the registry, so an operator passes the same settings to a tool as to the hub.
 *
 * @param values the options by key, without the leading {@code --}
 */
public record CommandOptions(Map<String, String> values) {

    /** The broker, as the hub reads it. */
    public static final String BOOTSTRAP = "spring.kafka.bootstrap-servers";
    /** The schema registry, as the hub reads it. */
    public static final String REGISTRY = "spring.kafka.properties.schema.registry.url";

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

    /** Outside Spring Boot, logback logs everything at DEBUG; a tool's own output is what matters. */
    public static void quietKafkaClientLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.getLogger("org.apache.kafka").setLevel(Level.WARN);
            logging.getLogger("se.oroshub").setLevel(Level.WARN);
        }
    }
}
