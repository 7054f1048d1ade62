package se.oroshub.casemanagement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the simulator ({@code oroshub.simulator}).
 *
 * @param municipalityCode the municipality whose social services this system belongs to
 * @param referencePrefix  prefix of the case references (diarienummer) the system hands out
 * @param api              the credentials the connector must present when delivering reports
 * @param connector        where the simulator posts status events, and how it gets its token for them
 */
@ConfigurationProperties("oroshub.simulator")
public record SimulatorProperties(
        @DefaultValue("0180") String municipalityCode,
        @DefaultValue("VS") String referencePrefix,
        @DefaultValue Api api,
        @DefaultValue Connector connector) {

    /**
     * Credentials required on {@code /api/v1/**}: Basic (username and password) and/or a bearer token. When none is
     * set the API is open, which is only sensible on a developer's machine.
     */
    public record Api(String username, String password, String bearerToken) {

        boolean open() {
            return isBlank(username) && isBlank(bearerToken);
        }
    }

    /**
     * The connector's base URL, and this system's OAuth2 client at the identity provider: status events carry an
     * access token it gets there by client credentials. Without a token URI, events are posted without one (the
     * connector then refuses them with 401).
     *
     * @param baseUrl      the social-services connector
     * @param tokenUri     the identity provider's token endpoint, e.g. {@code http://127.0.0.1:9000/oauth2/token}
     * @param clientId     this system's client id, e.g. {@code case-system-0180}
     * @param clientSecret its secret, from the environment ({@code OROSHUB_SIMULATOR_CONNECTOR_CLIENT_SECRET})
     */
    public record Connector(
            @DefaultValue("http://127.0.0.1:8184") String baseUrl,
            String tokenUri,
            String clientId,
            String clientSecret) {

        /** The tokens for the connector, or none when no token URI is configured. */
        public java.util.function.Supplier<java.util.Optional<String>> tokens() {
            return isBlank(tokenUri) ? ConnectorTokens.none() : new ConnectorTokens(tokenUri, clientId, clientSecret);
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
