package se.oroshub.schemas.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

/**
 * {@link SchemaRegistryClient} over the Confluent Schema Registry REST API, with {@link HttpClient} and Jackson.
 *
 * <ul>
 *   <li>Caching: schema by id, id by (subject, schema), lookups and concrete versions never change once registered
 *       and are cached without expiry; latest-version answers are cached for {@code latest.cache.ttl.sec}.</li>
 *   <li>Resilience: transport failures, timeouts and 5xx answers are retried with exponential backoff (Resilience4j
 *       {@link Retry}) behind a {@link CircuitBreaker}; 4xx answers are never retried and do not count as failures.</li>
 *   <li>Failover: with several URLs, a failing URL is skipped for the next one within the same attempt, and the last
 *       URL that answered is tried first.</li>
 *   <li>Basic auth: {@code basic.auth.credentials.source=USER_INFO} with {@code basic.auth.user.info=user:password}.</li>
 * </ul>
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    /** The registry's media type. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final int SUBJECT_LEVEL_NOT_CONFIGURED = 40408;
    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaRegistryClient.class);

    private record SubjectSchema(String subject, Schema schema) {}

    private record SubjectVersion(String subject, int version) {}

    private record Expiring(RegisteredSchema value, long expiresAtNanos) {}

    private final SchemaRegistryClientConfig config;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Optional<String> authorization;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final AtomicInteger preferredUrl = new AtomicInteger();

    private final Map<Integer, Schema> schemaById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> idBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> lookups = new ConcurrentHashMap<>();
    private final Map<SubjectVersion, RegisteredSchema> versions = new ConcurrentHashMap<>();
    private final Map<String, Expiring> latest = new ConcurrentHashMap<>();

    public HttpSchemaRegistryClient(SchemaRegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.authorization = config.userInfo()
                .map(info -> "Basic " + Base64.getEncoder().encodeToString(info.getBytes(StandardCharsets.UTF_8)));
        String name = "schema-registry-" + config.urls();
        this.retry = Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(config.retryMaxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(
                                config.retryBackoff(), 2.0, config.retryBackoffMax()))
                        .retryOnException(HttpSchemaRegistryClient::retriable)
                        .build());
        this.circuitBreaker = CircuitBreaker.of(
                name,
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(config.circuitFailureRatePercent())
                        .minimumNumberOfCalls(config.circuitMinimumCalls())
                        .waitDurationInOpenState(config.circuitOpenDuration())
                        .recordException(HttpSchemaRegistryClient::retriable)
                        .build());
    }

    /** The circuit breaker guarding the registry (for health reporting and metrics). */
    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        ObjectNode body = json.createObjectNode().put("schema", schema.toString());
        int id = call("POST", "/subjects/" + encode(subject) + "/versions", body)
                .path("id")
                .asInt(-1);
        if (id < 0) {
            throw new SchemaRegistryException(
                    200, 50000, "registry answered a registration under subject '" + subject + "' without an id");
        }
        idBySubjectSchema.put(key, id);
        schemaById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getSchemaById(int id) {
        Schema cached = schemaById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = call("GET", "/schemas/ids/" + id, null);
        Schema schema = parse(answer, "schema id " + id);
        Schema previous = schemaById.putIfAbsent(id, schema);
        return previous != null ? previous : schema;
    }

    @Override
    public RegisteredSchema getLatestVersion(String subject) {
        long now = System.nanoTime();
        Expiring cached = latest.get(subject);
        if (cached != null && now - cached.expiresAtNanos() < 0) {
            return cached.value();
        }
        RegisteredSchema fresh =
                registered(subject, call("GET", "/subjects/" + encode(subject) + "/versions/latest", null));
        long ttl = config.latestCacheTtl().toNanos();
        if (ttl > 0) {
            latest.put(subject, new Expiring(fresh, now + ttl));
        }
        return fresh;
    }

    @Override
    public RegisteredSchema getVersion(String subject, int version) {
        SubjectVersion key = new SubjectVersion(subject, version);
        RegisteredSchema cached = versions.get(key);
        if (cached != null) {
            return cached;
        }
        RegisteredSchema fresh =
                registered(subject, call("GET", "/subjects/" + encode(subject) + "/versions/" + version, null));
        versions.put(key, fresh);
        return fresh;
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        RegisteredSchema cached = lookups.get(key);
        if (cached != null) {
            return cached;
        }
        ObjectNode body = json.createObjectNode().put("schema", schema.toString());
        JsonNode answer = call("POST", "/subjects/" + encode(subject), body);
        RegisteredSchema found = new RegisteredSchema(
                subject, answer.path("version").asInt(), answer.path("id").asInt(), schema);
        lookups.put(key, found);
        idBySubjectSchema.putIfAbsent(key, found.id());
        return found;
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        return compatibility(subject, schema, "latest");
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema, int version) {
        return compatibility(subject, schema, Integer.toString(version));
    }

    private CompatibilityResult compatibility(String subject, Schema schema, String version) {
        ObjectNode body = json.createObjectNode().put("schema", schema.toString());
        JsonNode answer = call(
                "POST", "/compatibility/subjects/" + encode(subject) + "/versions/" + version + "?verbose=true", body);
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(m -> messages.add(m.asText()));
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(false), messages);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Registries older than {@code defaultToGlobal} answer 40401/40408 for a subject without its own level; the
     * global level is asked then.
     */
    @Override
    public CompatibilityLevel getCompatibility(String subject) {
        try {
            return level(call("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null));
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SUBJECT_LEVEL_NOT_CONFIGURED) {
                return getGlobalCompatibility();
            }
            throw e;
        }
    }

    @Override
    public void setCompatibility(String subject, CompatibilityLevel level) {
        call("PUT", "/config/" + encode(subject), json.createObjectNode().put("compatibility", level.name()));
    }

    @Override
    public CompatibilityLevel getGlobalCompatibility() {
        return level(call("GET", "/config", null));
    }

    @Override
    public void setGlobalCompatibility(CompatibilityLevel level) {
        call("PUT", "/config", json.createObjectNode().put("compatibility", level.name()));
    }

    @Override
    public List<String> listSubjects() {
        List<String> subjects = new ArrayList<>();
        call("GET", "/subjects", null).forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    @Override
    public List<Integer> listVersions(String subject) {
        List<Integer> list = new ArrayList<>();
        call("GET", "/subjects/" + encode(subject) + "/versions", null).forEach(v -> list.add(v.asInt()));
        return list;
    }

    private static CompatibilityLevel level(JsonNode answer) {
        String name = answer.hasNonNull("compatibilityLevel")
                ? answer.get("compatibilityLevel").asText()
                : answer.path("compatibility").asText(null);
        return CompatibilityLevel.parse(name)
                .orElseThrow(() -> new InvalidCompatibilityLevelException(
                        "Invalid compatibility level '" + name + "'; expected one of " + CompatibilityLevel.names()));
    }

    private RegisteredSchema registered(String subject, JsonNode answer) {
        int id = answer.path("id").asInt();
        Schema schema = parse(answer, "subject '" + subject + "'");
        Schema previous = schemaById.putIfAbsent(id, schema);
        return new RegisteredSchema(
                answer.path("subject").asText(subject),
                answer.path("version").asInt(),
                id,
                previous != null ? previous : schema);
    }

    private static Schema parse(JsonNode answer, String what) {
        String type = answer.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw new InvalidSchemaException(
                    200, "registry holds a " + type + " schema for " + what + "; only AVRO is supported");
        }
        String text = answer.path("schema").asText(null);
        if (text == null) {
            throw new InvalidSchemaException(200, "registry answer for " + what + " carries no schema");
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new InvalidSchemaException(
                    200, "registry returned an unparseable Avro schema for " + what + ": " + e.getMessage());
        }
    }

    private JsonNode call(String method, String pathAndQuery, JsonNode body) {
        Supplier<JsonNode> guarded =
                CircuitBreaker.decorateSupplier(circuitBreaker, () -> callAnyUrl(method, pathAndQuery, body));
        try {
            return Retry.decorateSupplier(retry, guarded).get();
        } catch (CallNotPermittedException e) {
            throw RegistryUnavailableException.circuitOpen(config.urls().toString(), e);
        }
    }

    private JsonNode callAnyUrl(String method, String pathAndQuery, JsonNode body) {
        List<URI> urls = config.urls();
        int start = preferredUrl.get();
        SchemaRegistryException last = null;
        for (int i = 0; i < urls.size(); i++) {
            int index = (start + i) % urls.size();
            try {
                JsonNode answer = send(urls.get(index), method, pathAndQuery, body);
                preferredUrl.set(index);
                return answer;
            } catch (SchemaRegistryException e) {
                if (!e.isRetriable()) {
                    throw e;
                }
                if (urls.size() > 1) {
                    LOG.warn("Schema registry {} failed: {}; trying the next URL", urls.get(index), e.getMessage());
                }
                last = e;
            }
        }
        throw last;
    }

    private JsonNode send(URI base, String method, String pathAndQuery, JsonNode body) {
        URI uri = URI.create(base + pathAndQuery);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(config.requestTimeout()).header("Accept", ACCEPT);
        authorization.ifPresent(a -> request.header("Authorization", a));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String what = method + " " + uri.getPath();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RegistryUnavailableException(
                    "schema registry " + base + " unreachable for " + what + ": "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException(
                    0,
                    SchemaRegistryException.UNAVAILABLE,
                    "interrupted while calling schema registry " + base + " for " + what,
                    e,
                    false);
        }
        int status = response.statusCode();
        JsonNode answer = readJson(response.body());
        if (status >= 200 && status < 300) {
            if (answer == null) {
                throw new RegistryUnavailableException(
                        status,
                        SchemaRegistryException.UNAVAILABLE,
                        "schema registry " + base + " answered " + what + " with a body that is not JSON",
                        null,
                        true);
            }
            return answer;
        }
        int errorCode = answer != null && answer.path("error_code").canConvertToInt()
                ? answer.path("error_code").asInt()
                : status;
        String message = answer != null && answer.hasNonNull("message")
                ? answer.get("message").asText()
                : "schema registry answered HTTP " + status;
        return throwError(status, errorCode, message + " [" + what + " at " + base + "]");
    }

    private static JsonNode throwError(int status, int errorCode, String message) {
        throw SchemaRegistryException.of(status, errorCode, message);
    }

    private JsonNode readJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static boolean retriable(Throwable e) {
        return e instanceof SchemaRegistryException s && s.isRetriable();
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "HttpSchemaRegistryClient" + config.urls();
    }
}
