package se.oroshub.connector.support.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.oroshub.connector.support.AccessRole;

/**
 * Real signed tokens for tests: an RSA key of the tests' own, published as a JWK set on a local port (the
 * {@code jwk-set-uri} the test sign-in configures), so a connector under test checks signature, expiry, issuer and
 * audience exactly as in production. {@link #otherKey()} signs with a key nobody published.
 */
public final class TestTokens {

    private static final RSAKey KEY = generate();
    private static final RSAKey OTHER_KEY = generate();
    private static final HttpServer JWKS = serve();

    private TestTokens() {}

    /** The issuer every test token names, and the test sign-in configures. */
    public static String issuer() {
        return "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/test-issuer";
    }

    /** Where the test key is published. */
    public static String jwkSetUri() {
        return issuer() + "/jwks";
    }

    /** A token of a person or system of {@code organisation} ({@code SCHEME:value}) with {@code roles}. */
    public static Builder token(String subject, String organisation, AccessRole... roles) {
        return new Builder(subject, organisation, roles);
    }

    /** A fluent test token. */
    public static final class Builder {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private String subject;
        private String issuer = TestTokens.issuer();
        private List<String> audience = List.of();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);
        private RSAKey key = KEY;

        private Builder(String subject, String organisation, AccessRole... roles) {
            this.subject = subject;
            claims.put("preferred_username", subject);
            claims.put("name", subject);
            if (organisation != null) {
                claims.put("oroshub_org", organisation);
            }
            claims.put(
                    "oroshub_role",
                    Arrays.stream(roles).map(AccessRole::claimValue).toList());
        }

        /** The audiences, e.g. {@code connector-school}. */
        public Builder audience(String... audiences) {
            this.audience = List.of(audiences);
            return this;
        }

        /** Another issuer than the configured one. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** A token that expired an hour ago. */
        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(2));
            this.lifetime = Duration.ofHours(1);
            return this;
        }

        /** Signed with a key the connector does not trust. */
        public Builder otherKey() {
            this.key = OTHER_KEY;
            return this;
        }

        /** Any other claim. */
        public Builder claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        /** The signed compact JWT. */
        public String sign() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .audience(audience)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)));
            claims.forEach(set::claim);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    set.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException("could not sign the test token", e);
            }
            return jwt.serialize();
        }

        /** {@code Bearer <token>}. */
        public String bearer() {
            return "Bearer " + sign();
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/test-issuer/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish the test key", e);
        }
    }
}
