package se.oroshub.connector.socialservices.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.oroshub.connector.socialservices.delivery.CaseSystemEndpoint;

/**
 * The municipalities this connector serves and how, under {@code oroshub.connector.social-services} (beside the
 * shared {@code oroshub.connector.*}).
 *
 * <pre>
 * oroshub:
 *   connector:
 *     social-services:
 *       municipalities:
 *         "1480":                          # the official four-digit code
 *           mode: INTEGRATED               # deliver to the case-management system over HTTP
 *           case-system:
 *             base-url: https://vs.goteborg.example
 *             username: oroshub            # HTTP Basic ...
 *             password: ${CASE_SYSTEM_1480_PASSWORD}
 *             # bearer-token: ...          # ... or a bearer token
 *         "0180":
 *           mode: INBOX                    # no integrated system: case officers use the inbox page
 *       delivery:
 *         alarm-after: 15m                 # unacknowledged this long since its first attempt: raise the alarm
 *         redelivery-interval: 30s         # pause before the next round of attempts after retries are exhausted
 *         request-timeout: 10s             # HTTP timeout of one delivery attempt
 * </pre>
 *
 * @param municipalities by municipality code
 * @param delivery       delivery settings shared by every integrated municipality
 */
@ConfigurationProperties(SocialServicesProperties.PREFIX)
public record SocialServicesProperties(
        Map<String, Municipality> municipalities,
        @DefaultValue Delivery delivery) {

    /** Where these settings live. */
    public static final String PREFIX = "oroshub.connector.social-services";

    public SocialServicesProperties {
        municipalities = municipalities == null ? Map.of() : new TreeMap<>(municipalities);
        municipalities.forEach((code, municipality) -> {
            if (code == null || !code.matches("\\d{4}")) {
                throw new IllegalArgumentException(
                        PREFIX + ".municipalities: a municipality code has four digits, was '" + code + "'");
            }
            Objects.requireNonNull(municipality.mode(), PREFIX + ".municipalities." + code + ".mode");
            if (municipality.mode() == Mode.INTEGRATED && municipality.caseSystem() == null) {
                throw new IllegalArgumentException(
                        PREFIX + ".municipalities." + code + ".case-system must be set for INTEGRATED");
            }
        });
        municipalities = Map.copyOf(municipalities);
        delivery = delivery == null ? new Delivery(null, null, null, null) : delivery;
    }

    /** How a municipality receives its reports. */
    public enum Mode {
        /** Delivered over HTTP to the municipality's case-management system, which acknowledges receipt. */
        INTEGRATED,
        /** Shown in this connector's inbox page, where a case officer acknowledges receipt. */
        INBOX
    }

    /**
     * One municipality.
     *
     * @param mode       INTEGRATED or INBOX
     * @param caseSystem the case-management system (INTEGRATED only)
     */
    public record Municipality(Mode mode, CaseSystemEndpoint caseSystem) {}

    /**
     * Delivery settings.
     *
     * @param alarmAfter         how long a report may stay unacknowledged, counted from the connector's first attempt
     *                           on it, before the connector raises its delivery alarm; default 15 minutes
     * @param redeliveryInterval how long the municipality's consumer waits after a failed round of attempts (retries
     *                           exhausted or circuit open) before trying the same report again; default 30 seconds
     * @param requestTimeout     HTTP timeout of one attempt; default 10 seconds
     * @param connectTimeout     TCP connect timeout; default 5 seconds
     */
    public record Delivery(
            Duration alarmAfter, Duration redeliveryInterval, Duration requestTimeout, Duration connectTimeout) {

        public Delivery {
            alarmAfter = positive(alarmAfter, Duration.ofMinutes(15), "alarm-after");
            redeliveryInterval = positive(redeliveryInterval, Duration.ofSeconds(30), "redelivery-interval");
            requestTimeout = positive(requestTimeout, Duration.ofSeconds(10), "request-timeout");
            connectTimeout = positive(connectTimeout, Duration.ofSeconds(5), "connect-timeout");
        }

        private static Duration positive(Duration value, Duration fallback, String name) {
            Duration result = value == null ? fallback : value;
            if (result.isNegative() || result.isZero()) {
                throw new IllegalArgumentException(PREFIX + ".delivery." + name + " must be positive");
            }
            return result;
        }
    }

    /** The codes of the municipalities in {@code mode}, sorted. */
    public List<String> codes(Mode mode) {
        return municipalities.entrySet().stream()
                .filter(e -> e.getValue().mode() == mode)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
