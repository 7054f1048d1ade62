package se.oroshub.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

class ConnectorPropertiesTest {

    private static ConnectorProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("oroshub.connector", ConnectorProperties.class);
    }

    @Test
    void bindsOrganisationsAndDefaultsTheAckTimeoutToTenSeconds() {
        ConnectorProperties properties = bind(Map.of(
                "oroshub.connector.id", "school",
                "oroshub.connector.organisations[0].scheme", "SCHOOL_UNIT_CODE",
                "oroshub.connector.organisations[0].value", "29837461",
                "oroshub.connector.organisations[0].name", "Kvarnbackaskolan"));

        OrganisationId school = new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461");
        assertThat(properties.id()).isEqualTo("school");
        assertThat(properties.intake().ackTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.topics().replicationFactor()).isEqualTo((short) 1);
        assertThat(properties.organisation(school))
                .map(ConnectorProperties.Organisation::name)
                .contains("Kvarnbackaskolan");
        assertThat(properties.organisation(new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "11111111")))
                .isEmpty();
    }

    @Test
    void theAckTimeoutIsConfigurable() {
        ConnectorProperties properties =
                bind(Map.of("oroshub.connector.id", "police", "oroshub.connector.intake.ack-timeout", "3s"));

        assertThat(properties.intake().ackTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aConnectorWithoutIdDoesNotStart() {
        assertThatThrownBy(() -> bind(Map.of("oroshub.connector.intake.ack-timeout", "3s")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("oroshub.connector.id");
    }

    @Test
    void aConnectorIdMustNameItsOwnTopicsUnambiguously() {
        for (String id : new String[] {"School", "school_1", "school.1", "-school"}) {
            assertThatThrownBy(() -> bind(Map.of("oroshub.connector.id", id)))
                    .isInstanceOf(BindException.class)
                    .rootCause()
                    .hasMessageContaining("oroshub.connector.id '" + id + "'")
                    .hasMessageContaining("intake and receipts topics");
        }
    }
}
