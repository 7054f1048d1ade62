package se.oroshub.connector.socialservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.socialservices.config.SocialServicesProperties;
import se.oroshub.connector.socialservices.config.SocialServicesProperties.Mode;
import se.oroshub.connector.socialservices.config.SocialServicesProperties.Municipality;
import se.oroshub.connector.socialservices.delivery.CaseSystemEndpoint;

class SocialServicesPropertiesTest {

    private static final CaseSystemEndpoint SYSTEM =
            new CaseSystemEndpoint(URI.create("https://vs.example"), "u", "secret", null);

    @Test
    void municipalitiesAreSplitByModeAndDeliveryHasDefaults() {
        SocialServicesProperties properties = new SocialServicesProperties(
                Map.of(
                        "1480", new Municipality(Mode.INTEGRATED, SYSTEM),
                        "0180", new Municipality(Mode.INBOX, null),
                        "1280", new Municipality(Mode.INTEGRATED, SYSTEM)),
                null);

        assertThat(properties.codes(Mode.INTEGRATED)).containsExactly("1280", "1480");
        assertThat(properties.codes(Mode.INBOX)).containsExactly("0180");
        assertThat(properties.delivery().alarmAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.delivery().redeliveryInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anIntegratedMunicipalityNeedsACaseSystem() {
        assertThatThrownBy(() ->
                        new SocialServicesProperties(Map.of("1480", new Municipality(Mode.INTEGRATED, null)), null))
                .hasMessageContaining("1480.case-system");
    }

    @Test
    void aMunicipalityCodeHasFourDigits() {
        assertThatThrownBy(() -> new SocialServicesProperties(Map.of("148", new Municipality(Mode.INBOX, null)), null))
                .hasMessageContaining("four digits");
    }

    @Test
    void aCaseSystemHasExactlyOneKindOfCredentialsAndNeverPrintsThem() {
        assertThatThrownBy(() -> new CaseSystemEndpoint(URI.create("https://vs.example"), "u", "p", "token"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseSystemEndpoint(URI.create("https://vs.example"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SYSTEM.toString()).doesNotContain("secret");
    }

    @Test
    void durationsMustBePositive() {
        assertThatThrownBy(() -> new SocialServicesProperties.Delivery(Duration.ZERO, null, null, null))
                .hasMessageContaining("alarm-after");
    }
}
