package se.oroshub.connector.socialservices.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.oroshub.connector.socialservices.support.TestReports;
import se.oroshub.schemas.avro.RoutedReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CaseReportMapperTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theDocumentCarriesTriageDeadlinesEarlierReportsAndTheReportItself() {
        RoutedReport routed = new TestReports(1).routed("1480", true);

        CaseReportDocument document = CaseReportMapper.toDocument(routed);

        assertThat(document.reportId()).isEqualTo(routed.getReportId());
        assertThat(document.municipalityCode()).isEqualTo("1480");
        assertThat(document.acute()).isTrue();
        assertThat(document.acuteReasons()).containsExactly("VIOLENCE");
        assertThat(document.deadlines().protectiveAssessmentDue())
                .isEqualTo(routed.getDeadlines().getProtectiveAssessmentDue().toString());
        assertThat(document.earlierReports().count()).isEqualTo(1);
        assertThat(document.earlierReports().reportIds())
                .isEqualTo(routed.getEarlierReports().getReportIds());
        assertThat(document.child().personalIdentityNumber())
                .isEqualTo(routed.getReport().getChild().getPersonalIdentityNumber());
        assertThat(document.reporter().kind()).isEqualTo("MANDATORY_PROFESSIONAL");
        assertThat(document.reporter().organisation().scheme()).isEqualTo("SCHOOL_UNIT_CODE");
        assertThat(document.observations())
                .hasSize(routed.getReport().getObservations().size());
        assertThat(document.observations().get(0).description())
                .isEqualTo(routed.getReport().getObservations().get(0).getDescription());
    }

    @Test
    void timestampsAreIsoInstantsInTheJson() {
        RoutedReport routed = new TestReports(2).routed("1480", false);

        JsonNode tree = json.readTree(json.writeValueAsString(CaseReportMapper.toDocument(routed)));

        assertThat(tree.path("acceptedAt").asString())
                .isEqualTo(routed.getAcceptedAt().toString());
        assertThat(tree.path("deadlines").path("preliminaryAssessmentDue").asString())
                .isEqualTo(routed.getDeadlines().getPreliminaryAssessmentDue().toString());
        assertThat(tree.path("acute").asBoolean()).isFalse();
        assertThat(tree.path("child").path("municipalityOfRegistration").asString())
                .isEqualTo("1480");
    }
}
