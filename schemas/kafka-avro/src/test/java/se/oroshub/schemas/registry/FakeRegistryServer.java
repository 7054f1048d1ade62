package se.oroshub.schemas.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a loopback port answering like a Confluent Schema Registry: each route is given a canned
 * answer, optionally preceded by failing answers or delayed. Counts the requests of every route.
 */
final class FakeRegistryServer implements AutoCloseable {

    record Answer(int status, String body, long delayMillis) {}

    record Recorded(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, List<Answer>> failuresFirst = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    FakeRegistryServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers {@code method path} with a status and JSON body. */
    FakeRegistryServer on(String method, String pathAndQuery, int status, String body) {
        answers.put(method + " " + pathAndQuery, new Answer(status, body, 0));
        return this;
    }

    /** Answers {@code method path} only after the given delay. */
    FakeRegistryServer slow(String method, String pathAndQuery, long delayMillis, String body) {
        answers.put(method + " " + pathAndQuery, new Answer(200, body, delayMillis));
        return this;
    }

    /** Answers the next {@code times} requests of a route with a server error before the normal answer. */
    FakeRegistryServer failFirst(String method, String pathAndQuery, int times, int status) {
        List<Answer> list =
                failuresFirst.computeIfAbsent(method + " " + pathAndQuery, k -> new CopyOnWriteArrayList<>());
        for (int i = 0; i < times; i++) {
            list.add(new Answer(status, "{\"error_code\":" + status + "01,\"message\":\"store unavailable\"}", 0));
        }
        return this;
    }

    int hits(String method, String pathAndQuery) {
        AtomicInteger count = hits.get(method + " " + pathAndQuery);
        return count == null ? 0 : count.get();
    }

    List<Recorded> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String key = exchange.getRequestMethod() + " " + pathAndQuery;
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(
                exchange.getRequestMethod(), pathAndQuery, Map.copyOf(exchange.getRequestHeaders()), body));
        hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        List<Answer> failures = failuresFirst.get(key);
        Answer answer = failures != null && !failures.isEmpty() ? failures.remove(0) : answers.get(key);
        if (answer == null) {
            answer = new Answer(404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}", 0);
        }
        if (answer.delayMillis() > 0) {
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", HttpSchemaRegistryClient.CONTENT_TYPE);
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
