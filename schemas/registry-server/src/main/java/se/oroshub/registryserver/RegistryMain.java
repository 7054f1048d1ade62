package se.oroshub.registryserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import se.oroshub.registryserver.internal.WriterCredentials;

/**
 * Runs the registry as a process: {@code java -jar schemas-registry-server.jar [registry.properties]}.
 *
 * <p>Settings (see {@link RegistryConfig} for the keys) come from, lowest precedence first: the properties file given
 * as the only argument, environment variables in the style of Confluent's images ({@code SCHEMA_REGISTRY_LISTENERS},
 * {@code SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS}: prefix dropped, lower-cased, '_' read as '.'), and system
 * properties ({@code -Dlisteners=...}). Stops cleanly on SIGTERM or Ctrl-C.
 *
 * <p>{@code java -jar schemas-registry-server.jar --hash-password} reads a password from standard input and prints the
 * hash a users file ({@code authentication.basic.users.file}) holds for it: {@code echo "$PW" | java -jar ...
 * --hash-password} gives the value of a {@code principal=...} line.
 */
public final class RegistryMain {

    private static final String ENV_PREFIX = "SCHEMA_REGISTRY_";
    private static final String HASH_PASSWORD = "--hash-password";
    private static final String LOGBACK_CONFIG = "logback.configurationFile";

    private RegistryMain() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        if (args.length == 1 && HASH_PASSWORD.equals(args[0])) {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.isEmpty()) {
                System.err.println("schema registry: --hash-password reads the password from standard input");
                System.exit(2);
                return;
            }
            System.out.println(WriterCredentials.hash(password.toCharArray()));
            return;
        }
        if (System.getProperty(LOGBACK_CONFIG) == null) {
            System.setProperty(LOGBACK_CONFIG, "se/oroshub/registryserver/registry-logback.xml");
        }
        RegistryConfig config;
        try {
            config = RegistryConfig.fromProperties(settings(args, System.getenv(), System.getProperties()));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("schema registry: bad configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        SchemaRegistryServer server;
        try {
            server = SchemaRegistryServer.start(config);
        } catch (RuntimeException e) {
            System.err.println("schema registry: could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "schema-registry-shutdown"));
        stopped.await();
    }

    /** Merges the three sources of settings, later ones winning. */
    static Map<String, String> settings(String[] args, Map<String, String> env, Properties system) throws IOException {
        if (args.length > 1) {
            throw new IllegalArgumentException("expected at most one argument, a properties file; got " + args.length);
        }
        Map<String, String> settings = new HashMap<>();
        if (args.length == 1) {
            Properties file = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(args[0]))) {
                file.load(reader);
            }
            file.stringPropertyNames()
                    .forEach(key -> settings.put(key, file.getProperty(key).trim()));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX)) {
                settings.put(
                        name.substring(ENV_PREFIX.length())
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '.'),
                        value);
            }
        });
        system.stringPropertyNames().stream()
                .filter(key -> RegistryConfig.KEYS.contains(key) || key.startsWith("kafkastore."))
                .forEach(key -> settings.put(key, system.getProperty(key)));
        return settings;
    }
}
