package se.oroshub.schemas.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a {@link HttpSchemaRegistryClient}, read from a Kafka-style configuration map with Confluent's
 * property names where Confluent has one.
 *
 * <table>
 * <caption>Configuration keys</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@value #URL}</td><td>(required)</td><td>one or more base URLs, comma-separated; tried in turn on
 * failure</td></tr>
 * <tr><td>{@value #BASIC_AUTH_CREDENTIALS_SOURCE}</td><td>none</td><td>{@code USER_INFO} enables Basic auth</td></tr>
 * <tr><td>{@value #BASIC_AUTH_USER_INFO}</td><td>none</td><td>{@code user:password}</td></tr>
 * <tr><td>{@value #CONNECT_TIMEOUT_MS}</td><td>10000</td><td>TCP connect timeout</td></tr>
 * <tr><td>{@value #REQUEST_TIMEOUT_MS}</td><td>30000</td><td>timeout of one HTTP request</td></tr>
 * <tr><td>{@value #LATEST_CACHE_TTL_SEC}</td><td>30</td><td>how long latest-version answers are cached; 0
 * disables</td></tr>
 * <tr><td>{@value #RETRY_MAX_ATTEMPTS}</td><td>3</td><td>attempts per call on transport errors and 5xx</td></tr>
 * <tr><td>{@value #RETRY_BACKOFF_MS}</td><td>200</td><td>first backoff, doubled after every attempt</td></tr>
 * <tr><td>{@value #RETRY_BACKOFF_MAX_MS}</td><td>5000</td><td>largest backoff</td></tr>
 * <tr><td>{@value #CIRCUIT_FAILURE_RATE}</td><td>50</td><td>failure rate (percent) that opens the circuit</td></tr>
 * <tr><td>{@value #CIRCUIT_MIN_CALLS}</td><td>10</td><td>calls before the failure rate counts</td></tr>
 * <tr><td>{@value #CIRCUIT_OPEN_MS}</td><td>30000</td><td>how long an open circuit refuses calls</td></tr>
 * </table>
 *
 * <p>Keys other than {@value #URL} are also accepted with the prefix {@code schema.registry.}, as Confluent's
 * serializers accept them.
 */
public record SchemaRegistryClientConfig(
        List<URI> urls,
        Optional<String> userInfo,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration latestCacheTtl,
        int retryMaxAttempts,
        Duration retryBackoff,
        Duration retryBackoffMax,
        float circuitFailureRatePercent,
        int circuitMinimumCalls,
        Duration circuitOpenDuration) {

    public static final String URL = "schema.registry.url";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
    public static final String RETRY_MAX_ATTEMPTS = "retry.max.attempts";
    public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";
    public static final String CIRCUIT_FAILURE_RATE = "circuit.breaker.failure.rate.percent";
    public static final String CIRCUIT_MIN_CALLS = "circuit.breaker.minimum.calls";
    public static final String CIRCUIT_OPEN_MS = "circuit.breaker.open.ms";

    private static final String PREFIX = "schema.registry.";

    public SchemaRegistryClientConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException(URL + " must name at least one registry URL");
        }
        Objects.requireNonNull(userInfo, "userInfo");
        if (retryMaxAttempts < 1) {
            throw new IllegalArgumentException(RETRY_MAX_ATTEMPTS + " must be at least 1, was " + retryMaxAttempts);
        }
    }

    /** Defaults for the given URLs. */
    public static SchemaRegistryClientConfig of(List<URI> urls) {
        return new SchemaRegistryClientConfig(
                urls,
                Optional.empty(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                3,
                Duration.ofMillis(200),
                Duration.ofSeconds(5),
                50f,
                10,
                Duration.ofSeconds(30));
    }

    /**
     * Reads the settings from a Kafka-style configuration map (values may be strings or numbers).
     *
     * @throws IllegalArgumentException naming the key for a missing or malformed value
     */
    public static SchemaRegistryClientConfig fromMap(Map<String, ?> config) {
        Object rawUrls = config.get(URL);
        if (rawUrls == null || rawUrls.toString().isBlank()) {
            throw new IllegalArgumentException("missing required configuration '" + URL + "'");
        }
        List<URI> urls = parseUrls(rawUrls);
        SchemaRegistryClientConfig d = of(urls);
        Optional<String> userInfo = Optional.empty();
        Optional<String> source = value(config, BASIC_AUTH_CREDENTIALS_SOURCE);
        if (source.isPresent()) {
            if (!source.get().equalsIgnoreCase("USER_INFO")) {
                throw new IllegalArgumentException("unsupported " + BASIC_AUTH_CREDENTIALS_SOURCE + " '" + source.get()
                        + "'; supported: USER_INFO");
            }
            userInfo = value(config, BASIC_AUTH_USER_INFO);
            if (userInfo.isEmpty() || !userInfo.get().contains(":")) {
                throw new IllegalArgumentException(BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO needs "
                        + BASIC_AUTH_USER_INFO + " in the form user:password");
            }
        }
        return new SchemaRegistryClientConfig(
                urls,
                userInfo,
                millis(config, CONNECT_TIMEOUT_MS, d.connectTimeout),
                millis(config, REQUEST_TIMEOUT_MS, d.requestTimeout),
                value(config, LATEST_CACHE_TTL_SEC)
                        .map(v -> Duration.ofSeconds(number(LATEST_CACHE_TTL_SEC, v)))
                        .orElse(d.latestCacheTtl),
                value(config, RETRY_MAX_ATTEMPTS)
                        .map(v -> (int) number(RETRY_MAX_ATTEMPTS, v))
                        .orElse(d.retryMaxAttempts),
                millis(config, RETRY_BACKOFF_MS, d.retryBackoff),
                millis(config, RETRY_BACKOFF_MAX_MS, d.retryBackoffMax),
                value(config, CIRCUIT_FAILURE_RATE)
                        .map(v -> (float) number(CIRCUIT_FAILURE_RATE, v))
                        .orElse(d.circuitFailureRatePercent),
                value(config, CIRCUIT_MIN_CALLS)
                        .map(v -> (int) number(CIRCUIT_MIN_CALLS, v))
                        .orElse(d.circuitMinimumCalls),
                millis(config, CIRCUIT_OPEN_MS, d.circuitOpenDuration));
    }

    /** Splits a comma-separated URL list (a {@code List} value is accepted too). */
    static List<URI> parseUrls(Object raw) {
        List<String> parts = raw instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : Arrays.asList(raw.toString().split(","));
        return parts.stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    URI uri = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
                    if (uri.getScheme() == null
                            || !(uri.getScheme().equals("http")
                                    || uri.getScheme().equals("https"))) {
                        throw new IllegalArgumentException(URL + " entry '" + s + "' is not an http(s) URL");
                    }
                    return uri;
                })
                .toList();
    }

    private static Optional<String> value(Map<String, ?> config, String key) {
        Object v = config.get(key);
        if (v == null) {
            v = config.get(PREFIX + key);
        }
        return Optional.ofNullable(v).map(Object::toString).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static Duration millis(Map<String, ?> config, String key, Duration fallback) {
        return value(config, key).map(v -> Duration.ofMillis(number(key, v))).orElse(fallback);
    }

    private static long number(String key, String value) {
        try {
            return Math.round(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration '" + key + "' must be a number, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return "SchemaRegistryClientConfig[urls=" + urls + ", basicAuth=" + userInfo.isPresent() + ", connectTimeout="
                + connectTimeout + ", requestTimeout=" + requestTimeout + ", latestCacheTtl=" + latestCacheTtl + "]";
    }
}
