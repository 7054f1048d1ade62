package se.oroshub.connector.socialservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.oroshub.casemanagement.EmbeddedCaseManagementSystem;
import se.oroshub.connector.support.AccessRole;
import se.oroshub.connector.support.testing.TestTokens;
import se.oroshub.testsupport.KafkaTestEnvironment;
import se.oroshub.testsupport.RealKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The application as shipped (its own application.yml, only the addresses changed) starts and serves its pages. */
@RealKafka
@SpringBootTest(
        classes = SocialServicesConnectorApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN"})
class ShippedConfigurationIT {

    private static final EmbeddedCaseManagementSystem CASE_SYSTEM = EmbeddedCaseManagementSystem.start();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void addresses(DynamicPropertyRegistry registry) {
        KafkaTestEnvironment kafka = KafkaTestEnvironment.shared();
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.kafka.properties.schema.registry.url", kafka::schemaRegistryUrl);
        registry.add(
                "oroshub.connector.social-services.municipalities.0180.case-system.base-url",
                () -> CASE_SYSTEM.baseUrl().toString());
    }

    @AfterAll
    static void stop() {
        CASE_SYSTEM.close();
    }

    @Test
    void healthShowsAnOperatorTheIntegratedMunicipalityAndItsCircuitBreaker() throws Exception {
        JsonNode health = json.readTree(operatorGet("/actuator/health").body());

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components")
                        .path("caseManagementDelivery")
                        .path("details")
                        .has("0180"))
                .isTrue();
        assertThat(operatorGet("/actuator/circuitbreakers").body()).contains("case-management-0180");
        assertThat(operatorGet("/actuator/timelimiters").body()).contains("case-management-0180");
    }

    @Test
    void aBrowserOpeningTheInboxIsSentToTheSwedishSignIn() throws Exception {
        HttpResponse<String> inbox = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inbox"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = get("/login");

        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(inbox.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"sv\"", "<label for=\"username\">Användarnamn</label>");
    }

    @Test
    void healthShowsOthersOnlyItsStatus() throws Exception {
        JsonNode health = json.readTree(get("/actuator/health").body());

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(get("/actuator/circuitbreakers").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> operatorGet(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header(
                                "Authorization",
                                TestTokens.token("drift", "MUNICIPALITY_CODE:0180", AccessRole.OPERATOR)
                                        .audience("connector-social-services")
                                        .bearer())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
