package se.oroshub.casemanagement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the simulator ({@code oroshub.simulator}).
 *
 * @param municipalityCode the municipality whose social services this system belongs to
 * @param referencePrefix  prefix of the case references (diarienummer) the system hands out
 * @param api              the credentials the connector must present when delivering reports
 * @param connector        where and how the simulator posts status events to the connector
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

    /** The connector's base URL and the Basic credentials this system uses to post status events there. */
    public record Connector(
            @DefaultValue("http://127.0.0.1:8184") String baseUrl, String username, String password) {}

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
