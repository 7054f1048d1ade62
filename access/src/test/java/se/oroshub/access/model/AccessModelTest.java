package se.oroshub.access.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.oroshub.access.model.TestModels.model;
import static se.oroshub.access.model.TestModels.school;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.oroshub.access.model.AccessModel.Hub;
import se.oroshub.access.model.AccessModel.Organisation;
import se.oroshub.access.model.AccessModel.ReportingConnector;
import se.oroshub.access.model.AccessModel.SocialServices;

class AccessModelTest {

    private static SocialServices serving(String principal, String... codes) {
        return new SocialServices(principal, "social-services", List.of(codes), List.of());
    }

    @Test
    void aMunicipalityCodeHasFourDigits() {
        assertThatThrownBy(() -> model(List.of(), List.of(serving("oroshub-social-services-x", "180"))))
                .isInstanceOf(InvalidAccessModelException.class)
                .hasMessageContaining("municipality code '180' is not four digits");
    }

    @Test
    void aMunicipalityCodeNamesASwedishMunicipality() {
        assertThatThrownBy(() -> model(List.of(), List.of(serving("oroshub-social-services-x", "0000"))))
                .hasMessageContaining("municipality code '0000' is not a Swedish municipality");
    }

    @Test
    void aMunicipalityIsServedByOneDeploymentOnly() {
        assertThatThrownBy(() -> model(
                        List.of(),
                        List.of(
                                serving("oroshub-social-services-a", "0180"),
                                serving("oroshub-social-services-b", "0180"))))
                .hasMessageContaining("municipality 0180 is already served by 'oroshub-social-services-a'");
    }

    @Test
    void aPrincipalAppearsOnce() {
        assertThatThrownBy(() -> model(
                        List.of(
                                school(),
                                new ReportingConnector(TestModels.SCHOOL, "school2", List.of(TestModels.BVC))),
                        List.of()))
                .hasMessageContaining("principal 'oroshub-connector-school' appears twice");
        assertThatThrownBy(() -> new AccessModel(
                        new Hub("oroshub-hub", "oroshub-hub"), "oroshub-hub", "oroshub-operator", List.of(), List.of()))
                .hasMessageContaining("principal 'oroshub-hub' appears twice");
    }

    @Test
    void twoConnectorsWithOneIdWouldShareAnIntakeTopic() {
        assertThatThrownBy(() -> model(
                        List.of(
                                school(),
                                new ReportingConnector(
                                        "oroshub-connector-school-2", "school", List.of(TestModels.BVC))),
                        List.of()))
                .hasMessageContaining("connector id 'school' is already the id of 'oroshub-connector-school'");
    }

    @Test
    void aConnectorIdIsLowerCaseLettersDigitsAndDashes() {
        assertThatThrownBy(() -> model(
                        List.of(new ReportingConnector("oroshub-connector-x", "School.One", List.of(TestModels.BVC))),
                        List.of()))
                .hasMessageContaining("connector id 'School.One' must be lower-case");
    }

    @Test
    void anOrganisationIsReportedForByOneConnectorOnly() {
        assertThatThrownBy(() -> model(
                        List.of(
                                school(),
                                new ReportingConnector(
                                        "oroshub-connector-other", "other", List.of(TestModels.KVARNBACKA))),
                        List.of()))
                .hasMessageContaining("organisation 'SCHOOL_UNIT_CODE:29837461' is already reported for by");
    }

    @Test
    void anOrganisationHasAKnownScheme() {
        assertThatThrownBy(() -> model(
                        List.of(new ReportingConnector(
                                "oroshub-connector-x", "x", List.of(new Organisation("EMAIL", "a")))),
                        List.of()))
                .hasMessageContaining("organisation 'EMAIL:a' needs a scheme of");
    }

    @Test
    void aPrincipalIsACertificateNameWithTheManagedPrefix() {
        assertThatThrownBy(() -> model(
                        List.of(new ReportingConnector("CN=school,O=x", "school", List.of(TestModels.BVC))), List.of()))
                .hasMessageContaining("must start with 'oroshub-'");
        assertThatThrownBy(() -> model(
                        List.of(new ReportingConnector("oroshub-" + "x".repeat(60), "school", List.of(TestModels.BVC))),
                        List.of()))
                .hasMessageContaining("at most 64 characters");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> model(
                        List.of(new ReportingConnector("bad", "Bad", List.of())),
                        List.of(serving("oroshub-social-services-x", "12"))))
                .isInstanceOfSatisfying(
                        InvalidAccessModelException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problems())
                                .hasSize(4));
    }
}
