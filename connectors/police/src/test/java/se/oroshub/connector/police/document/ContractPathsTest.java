package se.oroshub.connector.police.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractPathsTest {

    @ParameterizedTest
    @CsvSource({
        "child.personalIdentityNumber, /concernReport/child/personalIdentityNumber",
        "child.municipalityOfRegistration, /concernReport/child/municipalityOfRegistration",
        "reporter.name, /concernReport/reportingOfficer/name",
        "reporter.organisation.id, /concernReport/sender/policeUnit",
        "reporter.organisation.id.value, /concernReport/sender/policeUnit/value",
        "reporter.organisation.name, /concernReport/sender/unitName",
        "observations, /concernReport/observations",
        "observations[0].description, /concernReport/observations/observation[1]/description",
        "attachments[2].sha256, /concernReport/attachments/attachment[3]/sha256",
        "reportId, /concernReport/documentId",
        "connectorId, /concernReport",
        "'', /concernReport",
    })
    void contractFieldsAreNamedAsElementsOfTheDocument(String field, String element) {
        assertThat(ContractPaths.toElementPath(field)).isEqualTo(element);
    }
}
