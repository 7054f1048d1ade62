package se.oroshub.registryserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.oroshub.registryserver.RegistryHttp.schemaBody;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.oroshub.registryserver.RegistryHttp.Reply;
import se.oroshub.registryserver.internal.WriterCredentials;
import se.oroshub.registryserver.store.InMemorySchemaStore;

/**
 * Only a principal of the users file may change the registry; anyone may read it, as Confluent's deserializers read
 * schemas by id without credentials.
 */
class WriteAuthenticationTest {

    private static final String PASSWORD = "a generated test password";

    private SchemaRegistryServer server;
    private RegistryHttp anonymous;
    private RegistryHttp hub;
    private RegistryHttp guessing;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("registry-users.properties");
        Files.writeString(users, "hub=" + WriterCredentials.hash(PASSWORD.toCharArray()) + "\n");
        server = SchemaRegistryServer.start(
                RegistryConfig.fromProperties(Map.of(
                        "listeners", "http://127.0.0.1:0",
                        "authentication.method", "BASIC",
                        "authentication.basic.users.file", users.toString())),
                new InMemorySchemaStore());
        anonymous = new RegistryHttp(server.url());
        hub = new RegistryHttp(server.url(), basic("hub", PASSWORD));
        guessing = new RegistryHttp(server.url(), basic("hub", "guess"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void registeringASchemaNeedsTheCredentialsOfAListedPrincipal() {
        Reply withoutCredentials = anonymous.post("/subjects/visits-value/versions", schemaBody(TestSchemas.V1));
        Reply wrongPassword = guessing.post("/subjects/visits-value/versions", schemaBody(TestSchemas.V1));

        assertThat(withoutCredentials.status()).isEqualTo(401);
        assertThat(withoutCredentials.errorCode()).isEqualTo(401);
        assertThat(withoutCredentials.message()).contains("Unauthorized");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(anonymous.get("/subjects").body()).isEqualTo("[]");

        assertThat(hub.register("visits-value", TestSchemas.V1)).isEqualTo(1);
    }

    @Test
    void deletingAndChangingCompatibilityAreRefusedWithoutCredentials() {
        hub.register("visits-value", TestSchemas.V1);

        assertThat(anonymous.delete("/subjects/visits-value").status()).isEqualTo(401);
        assertThat(anonymous.delete("/subjects/visits-value/versions/1").status())
                .isEqualTo(401);
        assertThat(anonymous.put("/config", "{\"compatibility\":\"NONE\"}").status())
                .isEqualTo(401);
        assertThat(anonymous
                        .put("/config/visits-value", "{\"compatibility\":\"NONE\"}")
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.delete("/config/visits-value").status()).isEqualTo(401);

        assertThat(anonymous.get("/subjects/visits-value/versions").body()).isEqualTo("[1]");
        assertThat(anonymous.get("/config").json().get("compatibilityLevel").asText())
                .isEqualTo("BACKWARD");
        assertThat(hub.put("/config/visits-value", "{\"compatibility\":\"FULL\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void readingLookingUpAndTestingCompatibilityStayOpen() {
        int id = hub.register("visits-value", TestSchemas.V1);

        assertThat(anonymous.get("/schemas/ids/" + id).status()).isEqualTo(200);
        assertThat(anonymous
                        .post("/subjects/visits-value", schemaBody(TestSchemas.V1))
                        .status())
                .isEqualTo(200);
        assertThat(anonymous
                        .post(
                                "/compatibility/subjects/visits-value/versions/latest",
                                schemaBody(TestSchemas.V2_OPTIONAL_FIELD))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aUsersFileHoldsHashesNeverPasswords(@TempDir Path dir) throws Exception {
        String hash = WriterCredentials.hash(PASSWORD.toCharArray());
        assertThat(hash).startsWith("pbkdf2-sha256:").doesNotContain(PASSWORD);
        assertThat(WriterCredentials.hash(PASSWORD.toCharArray())).as("salted").isNotEqualTo(hash);

        Path plain = dir.resolve("plain.properties");
        Files.writeString(plain, "hub=" + PASSWORD + "\n");
        assertThatThrownBy(() -> WriterCredentials.read(plain))
                .hasMessageContaining("'hub'")
                .hasMessageContaining("--hash-password")
                .hasMessageNotContaining(PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
