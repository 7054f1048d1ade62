package se.oroshub.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;

class TopicsTest {

    @Test
    void eachMunicipalityHasItsOwnReportTopic() {
        assertThat(Topics.MUNICIPALITY_REPORTS.of("0180").name()).isEqualTo("oroshub.municipality.0180.reports");
        assertThat(Topics.MUNICIPALITY_DEVIATIONS.of("0180").name()).isEqualTo("oroshub.municipality.0180.deviations");
        assertThat("oroshub.municipality.0180.reports").matches(Topics.MUNICIPALITY_REPORTS.pattern());
    }

    @Test
    void theWriterOfAnIntakeOrStatusTopicIsNamedByTheTopicItself() {
        String status = Topics.MUNICIPALITY_STATUS_EVENTS.of("1480").name();
        assertThat(status).isEqualTo("oroshub.municipality.1480.status-events");
        assertThat(Topics.MUNICIPALITY_STATUS_EVENTS.ownerPartOf(status)).contains("1480");
        assertThat(Topics.MUNICIPALITY_STATUS_EVENTS.ownerPartOf("oroshub.municipality.1480.reports"))
                .isEmpty();

        String intake = Topics.CONNECTOR_INTAKE.of("school-ekbacken").name();
        assertThat(intake).isEqualTo("oroshub.intake.school-ekbacken.concern-reports");
        assertThat(Topics.CONNECTOR_INTAKE.ownerPartOf(intake)).contains("school-ekbacken");
        assertThat(Topics.CONNECTOR_INTAKE.ownerPartOf("oroshub.intake.concern-reports"))
                .isEmpty();
        assertThat(Topics.CONNECTOR_RECEIPTS.of("school-ekbacken").name())
                .isEqualTo("oroshub.connector.school-ekbacken.receipts");
    }

    @Test
    void intakeAndStatusTopicsAreCoPartitionedWithTheHubsReportState() {
        assertThat(Topics.CONNECTOR_INTAKE.partitions()).isEqualTo(Topics.REPORT_PARTITIONS);
        assertThat(Topics.MUNICIPALITY_STATUS_EVENTS.partitions()).isEqualTo(Topics.REPORT_PARTITIONS);
        assertThat(Topics.CLEARING_DECISIONS.partitions()).isEqualTo(Topics.REPORT_PARTITIONS);
    }

    @Test
    void municipalityTopicsRefuseAnythingButAFourDigitCode() {
        assertThatThrownBy(() -> Topics.MUNICIPALITY_REPORTS.of("018")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.MUNICIPALITY_REPORTS.of("0180.x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoOrganisationsNeverShareAFeedbackTopic() {
        List<OrganisationId> ids = List.of(
                new OrganisationId(OrganisationIdScheme.HSA_ID, "SE2321000016-15CQ"),
                new OrganisationId(OrganisationIdScheme.HSA_ID, "SE2321000016_15CQ"),
                new OrganisationId(OrganisationIdScheme.HSA_ID, "SE2321000016.15CQ"),
                new OrganisationId(OrganisationIdScheme.ORGANISATION_NUMBER, "212000-0142"),
                new OrganisationId(OrganisationIdScheme.ORGANISATION_NUMBER, "2120000142"),
                new OrganisationId(OrganisationIdScheme.SCHOOL_UNIT_CODE, "29837461"),
                new OrganisationId(OrganisationIdScheme.POLICE_UNIT, "29837461"));
        Set<String> names = new HashSet<>();
        for (OrganisationId id : ids) {
            String name = Topics.feedbackTopic(id).name();
            assertThat(name).matches("[A-Za-z0-9._-]+");
            assertThat(names.add(name)).as("topic %s is unique", name).isTrue();
        }
    }

    @Test
    void fixedTopicsAreCreatedWithExplicitRetentionAndPolicy() {
        assertThat(Topics.DEAD_LETTER.topicConfig())
                .containsEntry("retention.ms", "-1")
                .containsEntry("cleanup.policy", "delete");
        assertThat(Topics.SCHEMAS.topicConfig()).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.CONNECTOR_INTAKE.of("school").topicConfig().get("retention.ms"))
                .isEqualTo(Long.toString(30L * 24 * 3600 * 1000));
        assertThat(Topics.FIXED).extracting(TopicSpec::name).doesNotHaveDuplicates();
    }
}
