package se.oroshub.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oroshub.issuer.directory=src/test/resources/issuer-directory-test.yml")
class IdentityIssuerTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void discoveryDocumentIsServed() throws Exception {
        HttpResponse<String> response = get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = json.readTree(response.body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(base());
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(base() + "/oauth2/jwks");
        assertThat(discovery.get("grant_types_supported").toString()).contains("client_credentials");
    }

    @Test
    void clientCredentialsTokenCarriesTheMachineClientsOrganisationRoleAndAudience() throws Exception {
        HttpResponse<String> response = token("case-system-0180", "test-only-0180");

        assertThat(response.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(
                json.readTree(response.body()).get("access_token").asString());
        RSAKey key = (RSAKey) JWKSet.parse(get("/oauth2/jwks").body()).getKeys().get(0);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(base());
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("case-system-0180");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("connector-social-services");
        assertThat(jwt.getJWTClaimsSet().getStringClaim(IssuerClaims.ORGANISATION))
                .isEqualTo("MUNICIPALITY_CODE:0180");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim(IssuerClaims.ROLES)).containsExactly("case-system");
        assertThat(jwt.getJWTClaimsSet().getStringClaim(IssuerClaims.NAME)).isEqualTo("Ärendesystem Stockholm");
    }

    @Test
    void clientWithWrongSecretGetsNoToken() throws Exception {
        assertThat(token("case-system-0180", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void connectorSignInClientCannotUseClientCredentials() throws Exception {
        assertThat(token("connector-school", "test-only-school").statusCode()).isEqualTo(400);
    }

    @Test
    void authorizationRequestWithProofKeyOfAnUnsignedPersonLeadsToTheSignInForm() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base()
                                + "/oauth2/authorize?response_type=code&client_id=connector-school&scope=openid"
                                + "&redirect_uri=http://127.0.0.1:8181/login/oauth2/code/oroshub&state=s"
                                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                                + "&code_challenge_method=S256"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void authorizationRequestWithoutProofKeyIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base()
                                + "/oauth2/authorize?response_type=code&client_id=connector-school&scope=openid"
                                + "&redirect_uri=http://127.0.0.1:8181/login/oauth2/code/oroshub&state=s"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error=invalid_request"));
    }

    private HttpResponse<String> token(String clientId, String secret) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
