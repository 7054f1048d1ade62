package se.oroshub.registryserver;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.registryserver.internal.RestApi;
import se.oroshub.registryserver.internal.SchemaRegistry;
import se.oroshub.registryserver.internal.WriterCredentials;
import se.oroshub.registryserver.store.KafkaSchemaStore;
import se.oroshub.registryserver.store.SchemaStore;
import se.oroshub.registryserver.store.StoreException;

/**
 * A running schema registry: Confluent Schema Registry's REST API over a store, by default a compacted Kafka topic.
 * Start it with {@link #start(RegistryConfig)}, read its address from {@link #url()}, stop it with {@link #close()}.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final int HTTP_THREADS = 8;

    private final HttpServer http;
    private final ExecutorService executor;
    private final SchemaStore store;
    private final String url;

    private SchemaRegistryServer(HttpServer http, ExecutorService executor, SchemaStore store) {
        this.http = http;
        this.executor = executor;
        this.store = store;
        this.url = "http://" + http.getAddress().getHostString() + ":"
                + http.getAddress().getPort();
    }

    /**
     * Starts a registry on the configured Kafka store: creates the store topic if missing, reads it to its end, then
     * listens. Returns once requests can be served.
     *
     * @throws IllegalStateException when the store cannot be prepared or read (the cause says why)
     * @throws UncheckedIOException  when the listener cannot be bound
     */
    public static SchemaRegistryServer start(RegistryConfig config) {
        return start(
                config,
                new KafkaSchemaStore(new KafkaSchemaStore.Settings(
                        config.bootstrapServers(),
                        config.topic(),
                        config.replicationFactor(),
                        config.timeout(),
                        config.initTimeout(),
                        config.kafkaClientOverrides())));
    }

    /** Starts a registry on the given store (the listener and default compatibility level come from config). */
    public static SchemaRegistryServer start(RegistryConfig config, SchemaStore store) {
        Optional<WriterCredentials> writers;
        try {
            writers = config.writers();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        SchemaRegistry registry = new SchemaRegistry(store, config.compatibilityLevel());
        try {
            registry.start();
        } catch (StoreException e) {
            store.close();
            throw new IllegalStateException(
                    "the schema registry could not read its store (" + store.describe() + "): " + e.getMessage(), e);
        }
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException(
                    "the schema registry could not listen on " + config.host() + ":" + config.port() + ": "
                            + e.getMessage(),
                    e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(HTTP_THREADS, task -> {
            Thread thread = new Thread(task, "schema-registry-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(executor);
        http.createContext("/", new RestApi(registry, writers));
        http.start();
        SchemaRegistryServer server = new SchemaRegistryServer(http, executor, store);
        log.info(
                "Schema registry listening on {} (store: {}; {} schema versions, highest id {}; default "
                        + "compatibility {}; changes {})",
                server.url(),
                store.describe(),
                registry.schemaCount(),
                registry.maxId(),
                config.compatibilityLevel(),
                writers.isPresent() ? "need Basic credentials" : "open to anyone");
        return server;
    }

    /** The base URL of the REST API, e.g. {@code http://127.0.0.1:8081}. */
    public String url() {
        return url;
    }

    /** Stops listening, lets requests in progress finish their store writes, then closes the store. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        log.info("Schema registry at {} stopped", url);
    }
}
