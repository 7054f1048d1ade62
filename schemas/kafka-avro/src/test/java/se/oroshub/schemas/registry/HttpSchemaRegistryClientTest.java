package se.oroshub.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

class HttpSchemaRegistryClientTest {

    private static final Schema PING = SchemaBuilder.record("Ping")
            .namespace("test")
            .fields()
            .requiredString("id")
            .endRecord();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeRegistryServer server = new FakeRegistryServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String quoted(Schema schema) {
        try {
            return JSON.writeValueAsString(schema.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String versionBody(String subject, int version, int id, Schema schema) {
        return "{\"subject\":\"" + subject + "\",\"version\":" + version + ",\"id\":" + id + ",\"schema\":"
                + quoted(schema) + "}";
    }

    private HttpSchemaRegistryClient client(int attempts, Duration requestTimeout, Duration latestTtl) {
        return new HttpSchemaRegistryClient(new SchemaRegistryClientConfig(
                List.of(server.url()),
                Optional.empty(),
                Duration.ofSeconds(2),
                requestTimeout,
                latestTtl,
                attempts,
                Duration.ofMillis(5),
                Duration.ofMillis(20),
                50f,
                100,
                Duration.ofSeconds(30)));
    }

    private HttpSchemaRegistryClient client() {
        return client(3, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    @Test
    void schemaByIdIsFetchedOnceAndThenServedFromTheCache() {
        server.on("GET", "/schemas/ids/7", 200, "{\"schema\":" + quoted(PING) + "}");
        HttpSchemaRegistryClient client = client();

        assertThat(client.getSchemaById(7)).isEqualTo(PING);
        assertThat(client.getSchemaById(7)).isEqualTo(PING);

        assertThat(server.hits("GET", "/schemas/ids/7")).isEqualTo(1);
    }

    @Test
    void retriesAServiceUnavailableAnswerAndThenSucceeds() {
        server.on("GET", "/schemas/ids/3", 200, "{\"schema\":" + quoted(PING) + "}")
                .failFirst("GET", "/schemas/ids/3", 2, 503);

        assertThat(client().getSchemaById(3)).isEqualTo(PING);

        assertThat(server.hits("GET", "/schemas/ids/3")).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheConfiguredAttemptsWithRegistryUnavailable() {
        server.failFirst("GET", "/schemas/ids/3", 10, 503);

        assertThatThrownBy(() -> client().getSchemaById(3))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("store unavailable")
                .satisfies(e ->
                        assertThat(((SchemaRegistryException) e).httpStatus()).isEqualTo(503));
        assertThat(server.hits("GET", "/schemas/ids/3")).isEqualTo(3);
    }

    @Test
    void neverRetriesANotFoundAnswerAndSurfacesItsErrorCode() {
        server.on(
                "GET",
                "/subjects/orders-value/versions/latest",
                404,
                "{\"error_code\":40401,\"message\":\"Subject 'orders-value' not found.\"}");

        assertThatThrownBy(() -> client().getLatestVersion("orders-value"))
                .isInstanceOf(SubjectNotFoundException.class)
                .hasMessageContaining("Subject 'orders-value' not found.")
                .satisfies(e -> {
                    assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(40401);
                    assertThat(((SchemaRegistryException) e).httpStatus()).isEqualTo(404);
                });
        assertThat(server.hits("GET", "/subjects/orders-value/versions/latest")).isEqualTo(1);
    }

    @Test
    void mapsEveryConfluentErrorCodeToItsTypedException() {
        server.on("GET", "/schemas/ids/1", 404, "{\"error_code\":40403,\"message\":\"Schema 1 not found\"}")
                .on("GET", "/subjects/s/versions/9", 404, "{\"error_code\":40402,\"message\":\"Version 9 not found.\"}")
                .on(
                        "POST",
                        "/subjects/s/versions",
                        409,
                        "{\"error_code\":409,\"message\":\"incompatible: READER_FIELD_MISSING_DEFAULT_VALUE\"}")
                .on("POST", "/subjects/bad/versions", 422, "{\"error_code\":42201,\"message\":\"Invalid schema\"}")
                .on(
                        "GET",
                        "/subjects/s/versions/0",
                        422,
                        "{\"error_code\":42202,\"message\":\"The specified version '0' is not a valid version id.\"}")
                .on("PUT", "/config/s", 422, "{\"error_code\":42203,\"message\":\"Invalid compatibility level\"}");
        HttpSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.getSchemaById(1)).isInstanceOf(SchemaNotFoundException.class);
        assertThatThrownBy(() -> client.getVersion("s", 9)).isInstanceOf(VersionNotFoundException.class);
        assertThatThrownBy(() -> client.register("s", PING))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThatThrownBy(() -> client.register("bad", PING)).isInstanceOf(InvalidSchemaException.class);
        assertThatThrownBy(() -> client.getVersion("s", 0)).isInstanceOf(InvalidVersionException.class);
        assertThatThrownBy(() -> client.setCompatibility("s", CompatibilityLevel.FULL))
                .isInstanceOf(InvalidCompatibilityLevelException.class);
        assertThat(server.hits("POST", "/subjects/s/versions")).isEqualTo(1);
    }

    @Test
    void registersWithTheRegistryContentTypeAndCachesTheId() throws Exception {
        server.on("POST", "/subjects/pings-value/versions", 200, "{\"id\":42}")
                .on("GET", "/schemas/ids/42", 500, "{\"error_code\":50001,\"message\":\"must not be asked\"}");
        HttpSchemaRegistryClient client = client();

        assertThat(client.register("pings-value", PING)).isEqualTo(42);
        assertThat(client.register("pings-value", PING)).isEqualTo(42);
        assertThat(client.getSchemaById(42)).isEqualTo(PING);

        assertThat(server.hits("POST", "/subjects/pings-value/versions")).isEqualTo(1);
        assertThat(server.hits("GET", "/schemas/ids/42")).isZero();
        FakeRegistryServer.Recorded request = server.requests().get(0);
        assertThat(request.headers().get("Content-type")).containsExactly(HttpSchemaRegistryClient.CONTENT_TYPE);
        assertThat(new Schema.Parser()
                        .parse(JSON.readTree(request.body()).get("schema").asText()))
                .isEqualTo(PING);
    }

    @Test
    void latestVersionIsCachedWithinItsTimeToLive() {
        server.on("GET", "/subjects/p/versions/latest", 200, versionBody("p", 2, 5, PING));
        HttpSchemaRegistryClient client = client();

        RegisteredSchema latest = client.getLatestVersion("p");
        client.getLatestVersion("p");

        assertThat(latest).isEqualTo(new RegisteredSchema("p", 2, 5, PING));
        assertThat(server.hits("GET", "/subjects/p/versions/latest")).isEqualTo(1);
    }

    @Test
    void latestVersionIsAskedEveryTimeWhenItsCacheIsDisabled() {
        server.on("GET", "/subjects/p/versions/latest", 200, versionBody("p", 2, 5, PING));
        HttpSchemaRegistryClient client = client(3, Duration.ofSeconds(5), Duration.ZERO);

        client.getLatestVersion("p");
        client.getLatestVersion("p");

        assertThat(server.hits("GET", "/subjects/p/versions/latest")).isEqualTo(2);
    }

    @Test
    void aSlowRegistryTimesOutAsUnavailable() {
        server.slow("GET", "/schemas/ids/9", 3_000, "{\"schema\":" + quoted(PING) + "}");
        HttpSchemaRegistryClient client = client(2, Duration.ofMillis(200), Duration.ZERO);

        assertThatThrownBy(() -> client.getSchemaById(9))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("HttpTimeoutException");
        assertThat(server.hits("GET", "/schemas/ids/9")).isEqualTo(2);
    }

    @Test
    void failsOverToTheNextUrlWhenTheFirstCannotBeReached() throws Exception {
        URI dead;
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        server.on("GET", "/subjects", 200, "[\"a-value\",\"b-value\"]");
        SchemaRegistryClient client = SchemaRegistryClients.fromConfig(Map.of(
                SchemaRegistryClientConfig.URL,
                dead + "," + server.url(),
                SchemaRegistryClientConfig.RETRY_MAX_ATTEMPTS,
                "1"));

        assertThat(client.listSubjects()).containsExactly("a-value", "b-value");
        assertThat(client.listSubjects()).containsExactly("a-value", "b-value");
    }

    @Test
    void sendsBasicAuthFromUserInfo() {
        server.on("GET", "/subjects/p/versions", 200, "[1,2,3]");
        SchemaRegistryClient client = SchemaRegistryClients.fromConfig(Map.of(
                "schema.registry.url", server.url().toString(),
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "hub:s3cret"));

        assertThat(client.listVersions("p")).containsExactly(1, 2, 3);
        String expected = "Basic " + Base64.getEncoder().encodeToString("hub:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests().get(0).headers().get("Authorization")).containsExactly(expected);
    }

    @Test
    void readsAndWritesCompatibilityLevelsAndTestsCompatibility() throws Exception {
        server.on("GET", "/config/p?defaultToGlobal=true", 200, "{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}")
                .on("GET", "/config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}")
                .on("PUT", "/config/p", 200, "{\"compatibility\":\"FORWARD\"}")
                .on(
                        "POST",
                        "/compatibility/subjects/p/versions/latest?verbose=true",
                        200,
                        "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1\"]}")
                .on("POST", "/compatibility/subjects/p/versions/1?verbose=true", 200, "{\"is_compatible\":true}");
        HttpSchemaRegistryClient client = client();

        assertThat(client.getCompatibility("p")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(client.getGlobalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
        client.setCompatibility("p", CompatibilityLevel.FORWARD);
        assertThat(client.testCompatibility("p", PING))
                .isEqualTo(new CompatibilityResult(false, List.of("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1")));
        assertThat(client.testCompatibility("p", PING, 1)).isEqualTo(CompatibilityResult.ok());
        FakeRegistryServer.Recorded put = server.requests().stream()
                .filter(r -> r.method().equals("PUT"))
                .findFirst()
                .orElseThrow();
        assertThat(JSON.readTree(put.body()).get("compatibility").asText()).isEqualTo("FORWARD");
    }

    @Test
    void fallsBackToTheGlobalLevelWhenTheRegistryKnowsNoSubjectLevel() {
        server.on(
                        "GET",
                        "/config/q?defaultToGlobal=true",
                        404,
                        "{\"error_code\":40408,\"message\":\"Subject 'q' does not have subject-level compatibility configured\"}")
                .on("GET", "/config", 200, "{\"compatibilityLevel\":\"FULL\"}");

        assertThat(client().getCompatibility("q")).isEqualTo(CompatibilityLevel.FULL);
    }

    @Test
    void looksUpAnExistingSchemaAndEncodesTheSubjectInThePath() {
        server.on("POST", "/subjects/odd%20subject", 200, versionBody("odd subject", 4, 11, PING));

        RegisteredSchema found = client().lookup("odd subject", PING);

        assertThat(found).isEqualTo(new RegisteredSchema("odd subject", 4, 11, PING));
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndStopsCallingTheRegistry() {
        server.failFirst("GET", "/schemas/ids/1", 100, 500);
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(new SchemaRegistryClientConfig(
                List.of(server.url()),
                Optional.empty(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ZERO,
                1,
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                50f,
                2,
                Duration.ofMinutes(5)));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> client.getSchemaById(1)).isInstanceOf(RegistryUnavailableException.class);
        }
        assertThatThrownBy(() -> client.getSchemaById(1))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("circuit breaker open");
        assertThat(server.hits("GET", "/schemas/ids/1")).isEqualTo(2);
    }

    @Test
    void clientErrorsDoNotOpenTheCircuit() {
        server.on("GET", "/schemas/ids/1", 404, "{\"error_code\":40403,\"message\":\"Schema 1 not found\"}");
        HttpSchemaRegistryClient client = new HttpSchemaRegistryClient(new SchemaRegistryClientConfig(
                List.of(server.url()),
                Optional.empty(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ZERO,
                1,
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                50f,
                2,
                Duration.ofMinutes(5)));

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.getSchemaById(1)).isInstanceOf(SchemaNotFoundException.class);
        }
        assertThat(server.hits("GET", "/schemas/ids/1")).isEqualTo(4);
    }

    @Test
    void rejectsAMissingOrMalformedConfigurationNamingTheKey() {
        assertThatThrownBy(() -> SchemaRegistryClients.fromConfig(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> SchemaRegistryClientConfig.fromMap(Map.of("schema.registry.url", "ftp://x")))
                .hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> SchemaRegistryClientConfig.fromMap(
                        Map.of("schema.registry.url", "http://x", "basic.auth.credentials.source", "USER_INFO")))
                .hasMessageContaining("basic.auth.user.info");
        assertThatThrownBy(() -> SchemaRegistryClientConfig.fromMap(
                        Map.of("schema.registry.url", "http://x", "http.read.timeout.ms", "soon")))
                .hasMessageContaining("http.read.timeout.ms");
    }

    @Test
    void readsTimeoutsAndCacheSettingsWithOrWithoutTheRegistryPrefix() {
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.fromMap(Map.of(
                "schema.registry.url", "http://a:8081/, http://b:8081",
                "schema.registry.http.read.timeout.ms", 1500,
                "latest.cache.ttl.sec", "5"));

        assertThat(config.urls()).containsExactly(URI.create("http://a:8081"), URI.create("http://b:8081"));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.latestCacheTtl()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.toString()).doesNotContain("s3cret");
    }
}
