package se.oroshub.registryserver.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.oroshub.registryserver.store.StoreValue.SchemaValue;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

/**
 * The HTTP face of the registry: Confluent Schema Registry's REST paths, JSON bodies and error codes, so that clients
 * written for Confluent's registry work unchanged. Errors are always {@code {"error_code":..,"message":..}}.
 *
 * <p>With {@link WriterCredentials}, every request that changes the registry (registering a schema, deleting a
 * subject or version, setting or deleting a compatibility level) needs HTTP Basic credentials of a listed principal,
 * and is refused with 401 otherwise; reads, lookups and compatibility tests stay open, as Confluent's clients read
 * schemas by id without credentials. Each change is logged with the principal that made it.
 */
public final class RestApi implements HttpHandler {

    /** The content type of every response, as Confluent's registry sends it. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final Set<String> ACCEPTED_BODY_TYPES = Set.of(
            "application/vnd.schemaregistry.v1+json",
            "application/vnd.schemaregistry+json",
            "application/json",
            "application/octet-stream");
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(RestApi.class);

    private final SchemaRegistry registry;
    private final Optional<WriterCredentials> writers;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param registry the registry
     * @param writers  who may change it; empty lets anyone (only for a registry no one else can reach, e.g. in tests)
     */
    public RestApi(SchemaRegistry registry, Optional<WriterCredentials> writers) {
        this.registry = registry;
        this.writers = writers;
    }

    /** A response: a status and a JSON body (already text, so raw schemas can be returned as they are). */
    private record Response(int status, String body) {}

    /** One parsed request. */
    private record Request(String method, List<String> path, Map<String, String> query, HttpExchange exchange) {
        boolean flag(String name) {
            return Boolean.parseBoolean(query.getOrDefault(name, "false"));
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Response response;
        try {
            response = respond(exchange);
        } catch (Error e) {
            exchange.close();
            throw e;
        }
        send(exchange, response);
    }

    private Response respond(HttpExchange exchange) {
        try {
            Request request = new Request(
                    exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    segments(exchange.getRequestURI().getRawPath()),
                    query(exchange.getRequestURI().getRawQuery()),
                    exchange);
            if (changesTheRegistry(request) && writers.isPresent()) {
                Optional<String> principal =
                        writers.get().authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
                if (principal.isEmpty()) {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"schema-registry\"");
                    return error(
                            ErrorCode.UNAUTHORIZED,
                            "Unauthorized: " + request.method() + " changes the registry and needs the Basic"
                                    + " credentials of a principal allowed to change it");
                }
                log.info(
                        "{} {} by {}",
                        request.method(),
                        exchange.getRequestURI().getRawPath(),
                        principal.get());
            }
            return route(request);
        } catch (RegistryException e) {
            return error(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Unexpected failure serving {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            return error(ErrorCode.STORE_ERROR, "Error in the registry: " + e);
        }
    }

    /**
     * Whether a request changes the registry: registering a schema ({@code POST /subjects/S/versions}), and every
     * {@code PUT} or {@code DELETE} (subjects, versions, compatibility levels).
     */
    static boolean changesTheRegistry(Request r) {
        return switch (r.method()) {
            case "PUT", "DELETE" -> true;
            case "POST" ->
                r.path().size() == 3
                        && "subjects".equals(r.path().get(0))
                        && "versions".equals(r.path().get(2));
            default -> false;
        };
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(response.status(), body.length);
            out.write(body);
        } finally {
            exchange.close();
        }
    }

    private Response route(Request r) {
        List<String> p = r.path();
        if (p.isEmpty()) {
            return on(r, Map.of("GET", () -> ok("{}")));
        }
        return switch (p.get(0)) {
            case "subjects" -> subjects(r, p);
            case "schemas" -> schemas(r, p);
            case "compatibility" -> compatibility(r, p);
            case "config" -> config(r, p);
            case "mode" ->
                p.size() <= 2 ? on(r, Map.of("GET", () -> ok(object().put("mode", "READWRITE")))) : notFound();
            default -> notFound();
        };
    }

    private Response subjects(Request r, List<String> p) {
        if (p.size() >= 3 && !"versions".equals(p.get(2))) {
            return notFound();
        }
        String subject = p.size() > 1 ? p.get(1) : null;
        return switch (p.size()) {
            case 1 -> on(r, Map.of("GET", () -> ok(array(registry.subjects(r.flag("deleted"))))));
            case 2 ->
                on(
                        r,
                        Map.of(
                                "POST", () -> ok(version(registry.lookup(subject, candidate(r), r.flag("deleted")))),
                                "DELETE", () -> ok(array(registry.deleteSubject(subject, r.flag("permanent"))))));
            case 3 ->
                on(
                        r,
                        Map.of(
                                "GET", () -> ok(array(registry.versions(subject, r.flag("deleted")))),
                                "POST", () -> ok(object().put("id", registry.register(subject, candidate(r))))));
            case 4 ->
                on(
                        r,
                        Map.of(
                                "GET",
                                        () -> ok(version(registry.version(
                                                subject, VersionRef.parse(p.get(3)), r.flag("deleted")))),
                                "DELETE",
                                        () -> ok(String.valueOf(registry.deleteVersion(
                                                subject, VersionRef.parse(p.get(3)), r.flag("permanent"))))));
            case 5 ->
                switch (p.get(4)) {
                    case "schema" ->
                        on(
                                r,
                                Map.of(
                                        "GET",
                                        () -> ok(
                                                registry.version(subject, VersionRef.parse(p.get(3)), r.flag("deleted"))
                                                        .schema())));
                    case "referencedby" ->
                        on(r, Map.of("GET", () -> {
                            registry.version(subject, VersionRef.parse(p.get(3)), true);
                            return ok("[]");
                        }));
                    default -> notFound();
                };
            default -> notFound();
        };
    }

    private Response schemas(Request r, List<String> p) {
        if (p.size() == 2 && "types".equals(p.get(1))) {
            return on(r, Map.of("GET", () -> ok(array(List.of(SchemaRegistry.AVRO)))));
        }
        if (p.size() < 3 || p.size() > 4 || !"ids".equals(p.get(1))) {
            return notFound();
        }
        int id = schemaId(p.get(2));
        if (p.size() == 3) {
            return on(r, Map.of("GET", () -> ok(object().put("schema", registry.schemaById(id)))));
        }
        return switch (p.get(3)) {
            case "schema" -> on(r, Map.of("GET", () -> ok(registry.schemaById(id))));
            case "versions" ->
                on(r, Map.of("GET", () -> {
                    ArrayNode uses = json.createArrayNode();
                    registry.usesOf(id)
                            .forEach(v ->
                                    uses.addObject().put("subject", v.subject()).put("version", v.version()));
                    return ok(uses);
                }));
            case "subjects" ->
                on(
                        r,
                        Map.of(
                                "GET",
                                () -> ok(array(registry.usesOf(id).stream()
                                        .map(SchemaValue::subject)
                                        .distinct()
                                        .toList()))));
            default -> notFound();
        };
    }

    private Response compatibility(Request r, List<String> p) {
        if ((p.size() != 4 && p.size() != 5) || !"subjects".equals(p.get(1)) || !"versions".equals(p.get(3))) {
            return notFound();
        }
        String subject = p.get(2);
        return on(r, Map.of("POST", () -> {
            VersionRef ref = p.size() == 5 ? VersionRef.parse(p.get(4)) : null;
            SchemaRegistry.Compatibility result = registry.checkCompatibility(subject, ref, candidate(r));
            ObjectNode body = object().put("is_compatible", result.compatible());
            if (r.flag("verbose")) {
                body.set("messages", array(result.messages()));
            }
            return ok(body);
        }));
    }

    private Response config(Request r, List<String> p) {
        if (p.size() == 1) {
            return on(
                    r,
                    Map.of(
                            "GET",
                                    () -> ok(object().put(
                                                    "compatibilityLevel",
                                                    registry.globalLevel().name())),
                            "PUT",
                                    () -> {
                                        CompatibilityLevel level = level(r);
                                        registry.setLevel(null, level);
                                        return ok(object().put("compatibility", level.name()));
                                    }));
        }
        if (p.size() != 2) {
            return notFound();
        }
        String subject = p.get(1);
        return on(
                r,
                Map.of(
                        "GET",
                                () -> ok(object().put(
                                                "compatibilityLevel",
                                                registry.subjectLevel(subject, r.flag("defaultToGlobal"))
                                                        .name())),
                        "PUT",
                                () -> {
                                    CompatibilityLevel level = level(r);
                                    registry.setLevel(subject, level);
                                    return ok(object().put("compatibility", level.name()));
                                },
                        "DELETE",
                                () -> ok(object().put(
                                                "compatibilityLevel",
                                                registry.deleteSubjectLevel(subject)
                                                        .name()))));
    }

    private Response on(Request r, Map<String, Supplier<Response>> handlers) {
        Supplier<Response> handler = handlers.get(r.method());
        if (handler == null) {
            return error(
                    ErrorCode.METHOD_NOT_ALLOWED,
                    "HTTP 405 Method Not Allowed: " + r.method() + " is not allowed here; allowed: "
                            + String.join(
                                    ", ", handlers.keySet().stream().sorted().toList()));
        }
        return handler.get();
    }

    private SchemaRegistry.Candidate candidate(Request r) {
        JsonNode body = body(r);
        JsonNode schema = body.get("schema");
        if (schema != null && !schema.isTextual()) {
            throw new RegistryException(
                    ErrorCode.INVALID_SCHEMA,
                    "Invalid schema: the field 'schema' must be the schema as a JSON string.");
        }
        JsonNode type = body.get("schemaType");
        JsonNode references = body.get("references");
        return SchemaRegistry.parse(
                schema == null ? null : schema.asText(),
                type == null || type.isNull() ? null : type.asText(),
                references != null && references.isArray() && !references.isEmpty());
    }

    private CompatibilityLevel level(Request r) {
        JsonNode body = body(r);
        JsonNode value = body.hasNonNull("compatibility") ? body.get("compatibility") : body.get("compatibilityLevel");
        String name = value == null ? null : value.asText();
        return CompatibilityLevel.parse(name)
                .orElseThrow(
                        () -> new RegistryException(
                                ErrorCode.INVALID_COMPATIBILITY_LEVEL,
                                "Invalid compatibility level '" + name + "'. Valid values are"
                                        + " none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive"));
    }

    private JsonNode body(Request r) {
        String contentType = r.exchange().getRequestHeaders().getFirst("Content-Type");
        if (contentType != null) {
            String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (!ACCEPTED_BODY_TYPES.contains(mediaType)) {
                throw new RegistryException(
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "HTTP 415 Unsupported Media Type: '" + mediaType
                                + "'; send application/vnd.schemaregistry.v1+json");
            }
        }
        try {
            JsonNode node = json.readTree(readBody(r.exchange().getRequestBody()));
            if (node == null || !node.isObject()) {
                throw new RegistryException(ErrorCode.BAD_REQUEST, "The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RegistryException(
                    ErrorCode.BAD_REQUEST, "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RegistryException(ErrorCode.BAD_REQUEST, "The request body could not be read: " + e.getMessage());
        }
    }

    private static byte[] readBody(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY_BYTES) {
                    throw new RegistryException(
                            ErrorCode.BAD_REQUEST, "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new RegistryException(ErrorCode.BAD_REQUEST, "The request body could not be read: " + e.getMessage());
        }
    }

    private static int schemaId(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw RegistryException.schemaNotFound("Schema '" + text + "' not found: a schema id is a number");
        }
    }

    private ObjectNode version(SchemaValue v) {
        return object().put("subject", v.subject())
                .put("version", v.version())
                .put("id", v.id())
                .put("schema", v.schema());
    }

    private ObjectNode object() {
        return json.createObjectNode();
    }

    private ArrayNode array(List<?> values) {
        ArrayNode array = json.createArrayNode();
        values.forEach(value -> array.add(json.valueToTree(value)));
        return array;
    }

    private static Response ok(JsonNode body) {
        return new Response(200, body.toString());
    }

    private static Response ok(String rawJson) {
        return new Response(200, rawJson);
    }

    private Response notFound() {
        return error(ErrorCode.NOT_FOUND, "HTTP 404 Not Found");
    }

    private Response error(ErrorCode code, String message) {
        return new Response(
                code.httpStatus(),
                object().put("error_code", code.code()).put("message", message).toString());
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                segments.add(percentDecode(part));
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
                query.put(name, eq < 0 ? "true" : percentDecode(pair.substring(eq + 1)));
            }
        }
        return query;
    }

    /** Decodes %XX escapes as UTF-8; unlike form decoding, '+' stays '+', as subject names may contain it. */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write((hi << 4) | lo);
                    i += 2;
                    continue;
                }
            }
            out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
