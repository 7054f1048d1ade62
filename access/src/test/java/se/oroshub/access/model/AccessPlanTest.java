package se.oroshub.access.model;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.access.model.Operation.CREATE;
import static se.oroshub.access.model.Operation.DELETE;
import static se.oroshub.access.model.Operation.DESCRIBE;
import static se.oroshub.access.model.Operation.READ;
import static se.oroshub.access.model.Operation.WRITE;
import static se.oroshub.access.model.ResourceType.GROUP;
import static se.oroshub.access.model.ResourceType.TOPIC;
import static se.oroshub.access.model.ResourceType.TRANSACTIONAL_ID;
import static se.oroshub.access.model.TestModels.BVC;
import static se.oroshub.access.model.TestModels.GOTEBORG;
import static se.oroshub.access.model.TestModels.HEALTHCARE;
import static se.oroshub.access.model.TestModels.HUB;
import static se.oroshub.access.model.TestModels.KVARNBACKA;
import static se.oroshub.access.model.TestModels.OPERATOR;
import static se.oroshub.access.model.TestModels.REGISTRY;
import static se.oroshub.access.model.TestModels.SCHOOL;
import static se.oroshub.access.model.TestModels.STOCKHOLM;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.oroshub.access.model.AccessModel.SocialServices;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

class AccessPlanTest {

    private final AccessPlan plan = AccessPlan.of(TestModels.twoOfEach());

    private static String intake(String connector) {
        return Topics.CONNECTOR_INTAKE.of(connector).name();
    }

    private static String receipts(String connector) {
        return Topics.CONNECTOR_RECEIPTS.of(connector).name();
    }

    private static String reports(String code) {
        return Topics.MUNICIPALITY_REPORTS.of(code).name();
    }

    private static String deviations(String code) {
        return Topics.MUNICIPALITY_DEVIATIONS.of(code).name();
    }

    private static String statusEvents(String code) {
        return Topics.MUNICIPALITY_STATUS_EVENTS.of(code).name();
    }

    private List<String> everyone() {
        return List.of(HUB, REGISTRY, OPERATOR, SCHOOL, HEALTHCARE, STOCKHOLM, GOTEBORG);
    }

    @Test
    void aSchoolConnectorMayWriteOnlyItsOwnIntakeTopic() {
        assertThat(plan.allows(SCHOOL, TOPIC, intake("school"), WRITE)).isTrue();
        assertThat(plan.allows(SCHOOL, TOPIC, intake("healthcare"), WRITE)).isFalse();
        assertThat(plan.allows(SCHOOL, TOPIC, "oroshub.intake.concern-reports", WRITE))
                .isFalse();
        assertThat(plan.grantsOf(SCHOOL).stream().filter(g -> g.operation() == WRITE))
                .singleElement()
                .satisfies(g -> assertThat(g.name()).isEqualTo(intake("school")))
                .satisfies(g -> assertThat(g.patternType()).isEqualTo(PatternType.LITERAL));
    }

    @Test
    void onlyItsConnectorWritesAnIntakeTopic() {
        assertThat(everyone().stream().filter(p -> plan.allows(p, TOPIC, intake("healthcare"), WRITE)))
                .containsExactly(HEALTHCARE);
    }

    @Test
    void aConnectorReadsOnlyItsOwnReceiptsAndItsOrganisationsFeedback() {
        assertThat(plan.grantsOf(SCHOOL).stream()
                        .filter(g -> g.operation() == READ)
                        .map(Grant::name))
                .containsExactlyInAnyOrder(receipts("school"), AccessPlan.feedbackTopic(KVARNBACKA));
        assertThat(plan.allows(SCHOOL, TOPIC, receipts("healthcare"), READ)).isFalse();
        assertThat(plan.allows(SCHOOL, TOPIC, AccessPlan.feedbackTopic(BVC), READ))
                .isFalse();
        assertThat(plan.allows(SCHOOL, TOPIC, "oroshub.receipts", READ)).isFalse();
    }

    @Test
    void aReportingConnectorNeverSeesAMunicipalitysTopics() {
        for (String topic : List.of(reports("0180"), deviations("0180"), statusEvents("0180"))) {
            assertThat(plan.allows(SCHOOL, TOPIC, topic, READ)).as(topic).isFalse();
            assertThat(plan.allows(SCHOOL, TOPIC, topic, DESCRIBE)).as(topic).isFalse();
        }
    }

    @Test
    void aReportingConnectorUsesNoConsumerGroupAndNoTransactions() {
        assertThat(plan.grantsOf(SCHOOL)).allMatch(g -> g.resourceType() == TOPIC);
    }

    @Test
    void aMunicipalityReadsOnlyItsOwnReportsDeviationsAndStatusEvents() {
        assertThat(plan.grantsOf(STOCKHOLM).stream()
                        .filter(g -> g.resourceType() == TOPIC && g.operation() == READ)
                        .map(Grant::name))
                .containsExactlyInAnyOrder(
                        reports("0180"),
                        deviations("0180"),
                        statusEvents("0180"),
                        Topics.AFTER_HOURS_REPORTS.of("jour-stockholm").name());
        assertThat(plan.allows(STOCKHOLM, TOPIC, reports("1480"), READ)).isFalse();
        assertThat(plan.allows(GOTEBORG, TOPIC, reports("0180"), READ)).isFalse();
        assertThat(plan.allows(GOTEBORG, TOPIC, deviations("0180"), READ)).isFalse();
    }

    @Test
    void onlyAMunicipalitysOwnDeploymentWritesItsStatusEvents() {
        assertThat(everyone().stream().filter(p -> plan.allows(p, TOPIC, statusEvents("0180"), WRITE)))
                .containsExactly(STOCKHOLM);
        assertThat(plan.allows(STOCKHOLM, TOPIC, statusEvents("1480"), WRITE)).isFalse();
        assertThat(plan.allows(STOCKHOLM, TOPIC, "oroshub.intake.status-events", WRITE))
                .isFalse();
    }

    @Test
    void aSocialServicesDeploymentCommitsDeliveryOffsetsOnlyInItsOwnMunicipalitiesGroups() {
        assertThat(plan.grantsOf(STOCKHOLM).stream().filter(g -> g.resourceType() == GROUP))
                .singleElement()
                .satisfies(g -> assertThat(g.name()).isEqualTo("social-services.delivery.0180"))
                .satisfies(g -> assertThat(g.patternType()).isEqualTo(PatternType.LITERAL));
        assertThat(plan.allows(GOTEBORG, GROUP, "social-services.delivery.0180", READ))
                .isFalse();
    }

    @Test
    void afterHoursReportsAreReadOnlyByTheDeploymentServingThatService() {
        String jour = Topics.AFTER_HOURS_REPORTS.of("jour-stockholm").name();
        assertThat(everyone().stream().filter(p -> plan.allows(p, TOPIC, jour, READ)))
                .containsExactly(STOCKHOLM);
        assertThat(plan.allows(HUB, TOPIC, jour, WRITE)).isTrue();
    }

    @Test
    void onlyTheHubWritesReportsDeviationsReceiptsFeedbackAndAfterHoursTopics() {
        for (String topic : List.of(
                reports("0180"),
                deviations("1480"),
                receipts("school"),
                AccessPlan.feedbackTopic(KVARNBACKA),
                Topics.AFTER_HOURS_REPORTS.of("jour-stockholm").name())) {
            assertThat(everyone().stream().filter(p -> plan.allows(p, TOPIC, topic, WRITE)))
                    .as(topic)
                    .containsExactly(HUB);
        }
    }

    @Test
    void theHubReadsEveryIntakeAndStatusEventTopicByPrefix() {
        assertThat(plan.allows(HUB, TOPIC, intake("a-connector-added-later"), READ))
                .isTrue();
        assertThat(plan.allows(HUB, TOPIC, statusEvents("2580"), READ)).isTrue();
        assertThat(plan.allows(HUB, TOPIC, intake("school"), WRITE)).isFalse();
    }

    @Test
    void theHubWritesEveryMunicipalitysReportsAndDeviationsButNoStatusEvents() {
        for (MunicipalityCodes.Municipality municipality :
                MunicipalityCodes.official().all()) {
            assertThat(plan.allows(HUB, TOPIC, reports(municipality.code()), WRITE))
                    .isTrue();
            assertThat(plan.allows(HUB, TOPIC, deviations(municipality.code()), WRITE))
                    .isTrue();
            assertThat(plan.allows(HUB, TOPIC, statusEvents(municipality.code()), WRITE))
                    .isFalse();
        }
    }

    @Test
    void theHubReadsAndWritesItsFixedTopicsButOnlyReadsClearingDecisions() {
        for (TopicSpec<?, ?> fixed : Topics.FIXED) {
            assertThat(plan.allows(HUB, TOPIC, fixed.name(), READ))
                    .as(fixed.name())
                    .isTrue();
            assertThat(plan.allows(HUB, TOPIC, fixed.name(), WRITE))
                    .as(fixed.name())
                    .isEqualTo(!fixed.equals(Topics.CLEARING_DECISIONS));
        }
    }

    @Test
    void theHubOwnsItsStreamsGroupInternalTopicsAndTransactionalIds() {
        assertThat(plan.allows(HUB, GROUP, "oroshub-hub", READ)).isTrue();
        assertThat(plan.allows(HUB, TOPIC, "oroshub-hub-ledger-changelog", WRITE))
                .isTrue();
        assertThat(plan.allows(HUB, TOPIC, "oroshub-hub-ledger-changelog", DELETE))
                .isTrue();
        assertThat(plan.allows(HUB, TRANSACTIONAL_ID, "oroshub-hub-3f2a-1", WRITE))
                .isTrue();
        assertThat(everyone().stream().filter(p -> plan.allows(p, TRANSACTIONAL_ID, "oroshub-hub-3f2a-1", WRITE)))
                .containsExactly(HUB);
        assertThat(everyone().stream().filter(p -> plan.allows(p, GROUP, "oroshub-hub", READ)))
                .containsExactly(HUB);
    }

    @Test
    void onlyTheRegistryWritesTheSchemaTopic() {
        assertThat(everyone().stream().filter(p -> plan.allows(p, TOPIC, Topics.SCHEMAS.name(), WRITE)))
                .containsExactly(REGISTRY);
        assertThat(everyone().stream().filter(p -> plan.allows(p, TOPIC, Topics.SCHEMAS.name(), READ)))
                .containsExactly(REGISTRY);
        assertThat(plan.grantsOf(REGISTRY)).allMatch(g -> g.name().equals(Topics.SCHEMAS.name()));
    }

    @Test
    void onlyTheOperatorWritesClearingDecisions() {
        assertThat(everyone().stream().filter(p -> plan.allows(p, TOPIC, Topics.CLEARING_DECISIONS.name(), WRITE)))
                .containsExactly(OPERATOR);
    }

    @Test
    void theOperatorReadsClearingAuditAndDeadLettersButNoReport() {
        for (TopicSpec<?, ?> topic :
                List.of(Topics.CLEARING, Topics.CLEARING_OVERDUE, Topics.AUDIT, Topics.DEAD_LETTER)) {
            assertThat(plan.allows(OPERATOR, TOPIC, topic.name(), READ))
                    .as(topic.name())
                    .isTrue();
        }
        assertThat(plan.allows(OPERATOR, TOPIC, reports("0180"), READ)).isFalse();
        assertThat(plan.allows(OPERATOR, TOPIC, intake("school"), READ)).isFalse();
    }

    @Test
    void noPrincipalHasAClusterWideRightOrADeny() {
        assertThat(plan.grants()).noneMatch(g -> g.resourceType() == ResourceType.CLUSTER);
        assertThat(plan.grants()).allMatch(g -> g.permission() == Permission.ALLOW);
    }

    @Test
    void aPrincipalMayCreateOnlyTopicsItReadsOrWrites() {
        for (Grant create :
                plan.grants().stream().filter(g -> g.operation() == CREATE).toList()) {
            assertThat(plan.grantsOf(create.principal()))
                    .as(create.toString())
                    .anyMatch(g -> g.resourceType() == TOPIC
                            && g.name().equals(create.name())
                            && g.patternType() == create.patternType()
                            && (g.operation() == READ || g.operation() == WRITE));
        }
    }

    @Test
    void servingOneMoreMunicipalityIsOneMoreCode() {
        AccessPlan more = AccessPlan.of(TestModels.model(
                List.of(TestModels.school()),
                List.of(new SocialServices(GOTEBORG, "social-services", List.of("1480", "1280"), List.of()))));
        assertThat(more.allows(GOTEBORG, TOPIC, reports("1280"), READ)).isTrue();
        assertThat(more.allows(GOTEBORG, TOPIC, statusEvents("1280"), WRITE)).isTrue();
        assertThat(more.allows(GOTEBORG, GROUP, "social-services.delivery.1280", READ))
                .isTrue();
    }

    @Test
    void everyPrincipalOfTheFileHasGrantsAndNoOtherHasAny() {
        assertThat(plan.principals()).containsExactlyElementsOf(everyone());
        assertThat(Stream.of(
                        plan.grants().stream().map(Grant::principal).distinct().toArray()))
                .containsExactlyInAnyOrderElementsOf(everyone());
        assertThat(plan.grants()).allMatch(g -> AccessPlan.manages(g.principal()));
    }
}
