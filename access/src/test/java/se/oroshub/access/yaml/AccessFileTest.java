package se.oroshub.access.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.oroshub.access.model.AccessModel;
import se.oroshub.access.model.InvalidAccessModelException;

public class AccessFileTest {

    /** The access file of the project, from the module's directory. */
    public static final Path PROJECT_FILE = Path.of(System.getProperty("basedir", "."))
            .resolve("../deploy/security/access.yaml")
            .normalize();

    private static final String MINIMAL = """
            hub: {principal: oroshub-hub, application-id: oroshub-hub}
            registry: {principal: oroshub-registry}
            operator: {principal: oroshub-operator}
            """;

    @Test
    void theProjectsAccessFileDescribesTheLocalRuntime() throws Exception {
        AccessModel model = AccessFile.read(PROJECT_FILE);
        assertThat(model.hub().applicationId()).isEqualTo("oroshub-hub");
        assertThat(model.connectors())
                .extracting(AccessModel.ReportingConnector::connectorId)
                .containsExactly("school", "healthcare", "police");
        assertThat(model.socialServices())
                .singleElement()
                .satisfies(s -> assertThat(s.municipalities()).containsExactly("0180", "1480", "1280", "0380", "0980"));
    }

    @Test
    void aMinimalFileHasOnlyTheHubRegistryAndOperator() {
        AccessModel model = AccessFile.read(new StringReader(MINIMAL), "test");
        assertThat(model.principals()).containsExactly("oroshub-hub", "oroshub-registry", "oroshub-operator");
    }

    @Test
    void anUnknownKeyIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> AccessFile.read(new StringReader(MINIMAL + """
                                social-services:
                                  - principal: oroshub-social-services-x
                                    connector: social-services
                                    municipalites: ["0180"]
                                """), "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test: social-services[0]: unknown key 'municipalites'");
    }

    @Test
    void anUnquotedMunicipalityCodeIsRefused() {
        assertThatThrownBy(() -> AccessFile.read(new StringReader(MINIMAL + """
                                social-services:
                                  - principal: oroshub-social-services-x
                                    connector: social-services
                                    municipalities: [1480]
                                """), "test"))
                .hasMessageContaining("'1480' must be a quoted string");
    }

    @Test
    void theModelsRulesApplyToTheFile() {
        assertThatThrownBy(() -> AccessFile.read(new StringReader(MINIMAL + """
                                social-services:
                                  - principal: oroshub-social-services-x
                                    connector: social-services
                                    municipalities: ["9999"]
                                """), "test"))
                .isInstanceOf(InvalidAccessModelException.class)
                .hasMessageContaining("'9999' is not a Swedish municipality");
    }
}
