package se.oroshub.connector.socialservices.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on a loopback port standing in for a case-management system: answers the delivery contract
 * ({@code POST /api/v1/concern-reports}, 201 then 409 per Idempotency-Key) and can be made slow, failing, refusing or
 * down.
 */
public final class CaseSystemStandIn implements AutoCloseable {

    /** One request as it arrived. */
    public record Request(String idempotencyKey, String authorization, String body) {
    }

    private volatile int port;
    private volatile HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> registered = new ConcurrentHashMap<>();
    private final List<String> registrationOrder = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failureStatus = new AtomicInteger(503);
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicInteger refusalStatus = new AtomicInteger();
    private final AtomicInteger references = new AtomicInteger();

    private CaseSystemStandIn() {
    }

    /** Starts on a free port. */
    public static CaseSystemStandIn start() {
        CaseSystemStandIn standIn = new CaseSystemStandIn();
        standIn.up();
        return standIn;
    }

    /** (Re)starts listening, on the same port as before. */
    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            created.setExecutor(Executors.newCachedThreadPool());
            created.createContext("/api/v1/concern-reports", this::handle);
            created.start();
            port = created.getAddress().getPort();
            server = created;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The next {@code times} deliveries answer {@code status} (e.g. 503). */
    public void failNext(int times, int status) {
        failureStatus.set(status);
        failuresLeft.set(times);
    }

    /** Every delivery waits this long before answering. */
    public void slow(Duration wait) {
        delay.set(wait);
    }

    /** Every delivery is refused with {@code status} (e.g. 422); 0 to stop refusing. */
    public void refuseWith(int status) {
        refusalStatus.set(status);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Reports the system has registered, by report id, with their references. */
    public Map<String, String> registered() {
        return Map.copyOf(registered);
    }

    /** Report ids in the order the system registered them. */
    public List<String> registrationOrder() {
        return List.copyOf(registrationOrder);
    }

    @Override
    public void close() {
        down();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            requests.add(new Request(key, exchange.getRequestHeaders().getFirst("Authorization"), body));
            Duration wait = delay.get();
            if (!wait.isZero()) {
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, failureStatus.get(), "{\"code\":\"unavailable\"}");
                return;
            }
            if (refusalStatus.get() != 0) {
                respond(exchange, refusalStatus.get(), "{\"code\":\"unprocessable_report\"}");
                return;
            }
            boolean[] created = {false};
            String reference = registered.computeIfAbsent(key, k -> {
                created[0] = true;
                registrationOrder.add(k);
                return "VS-2026-" + String.format("%06d", references.incrementAndGet());
            });
            respond(exchange, created[0] ? 201 : 409,
                    "{\"reportId\":\"" + key + "\",\"systemReference\":\"" + reference + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
