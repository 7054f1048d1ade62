package se.oroshub.hub.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.oroshub.hub.rules.feedback.FeedbackPolicy;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.TransferredToMunicipality;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.topics.TopicSpec;
import se.oroshub.schemas.topics.Topics;

/**
 * Nothing beyond the permitted notification ever reaches a reporter's topic, whatever the reports and whatever the
 * status events: random reporters (mandatory with random organisations, private, anonymous) and random sequences of
 * every event type, from the right and the wrong municipality, with redeliveries, withheld decisions and transfers.
 * The expectation is an independent model of the rule: one notification per distinct accepted decision event of a
 * mandatory reporter's report that was not withheld, to that reporter's organisation only, carrying only the
 * decision and its date. Seeded, so a failure is reproducible.
 */
class FeedbackNeverExceedsThePermittedTest {

    private static final List<String> MUNICIPALITIES = List.of("0180", "1480", "1280", "0114");
    private static final int REPORTS = 20;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void onlyThePermittedNotificationReachesAReporter(long seed) {
        Random random = new Random(seed);
        Map<String, List<ReporterNotification>> expected = new HashMap<>();
        Map<String, OrganisationId> organisationOf = new HashMap<>();
        try (HubDriver hub = new HubDriver()) {
            for (int i = 0; i < REPORTS; i++) {
                ConcernReport report = randomReport(random, i);
                hub.submit(report);
                if (report.getReporter().getKind() == ReporterKind.MANDATORY_PROFESSIONAL) {
                    organisationOf.put(
                            report.getReportId(),
                            report.getReporter().getOrganisation().getId());
                }
                expected.put(report.getReportId(), playRandomSequence(hub, random, report));
            }

            List<KeyValue<String, ReporterNotification>> delivered = new ArrayList<>();
            for (String topic : hub.producedTopicNames()) {
                if (topic.endsWith(".feedback")) {
                    for (KeyValue<String, ReporterNotification> kv : hub.read(new TopicSpec<>(
                            topic, String.class, ReporterNotification.class, 1, Optional.empty(), false))) {
                        delivered.add(kv);
                        OrganisationId owner = organisationOf.get(kv.key);
                        assertThat(owner)
                                .as("a notification about a report without an entitled reporter")
                                .isNotNull();
                        assertThat(topic).isEqualTo(Topics.feedbackTopic(owner).name());
                        assertThat(kv.value.getReportingOrganisation()).isEqualTo(owner);
                    }
                }
            }

            Map<String, List<ReporterNotification>> actual = new HashMap<>();
            delivered.forEach(
                    kv -> actual.computeIfAbsent(kv.key, k -> new ArrayList<>()).add(kv.value));
            expected.forEach((reportId, notifications) -> {
                List<ReporterNotification> got = actual.getOrDefault(reportId, List.of());
                assertThat(got)
                        .extracting(
                                ReporterNotification::getNotificationId,
                                ReporterNotification::getDecision,
                                ReporterNotification::getDecisionDate)
                        .containsExactlyElementsOf(notifications.stream()
                                .map(n -> tuple(n.getNotificationId(), n.getDecision(), n.getDecisionDate()))
                                .toList());
            });
        }
    }

    private static ConcernReport randomReport(Random random, int index) {
        TestReport report = HubDriver.report()
                .bornOn(LocalDate.of(2018, 5, 1).plusDays(index))
                .registeredIn(MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())));
        return switch (random.nextInt(3)) {
            case 0 -> report.reporter(ReporterKind.ANONYMOUS).build();
            case 1 -> report.reporter(ReporterKind.PRIVATE_PERSON).build();
            default ->
                report.organisation(new OrganisationId(
                                OrganisationIdScheme.SCHOOL_UNIT_CODE, String.format("%08d", random.nextInt(5))))
                        .build();
        };
    }

    /** Publishes 1-10 random events and returns the notifications the rule permits for them, in order. */
    private static List<ReporterNotification> playRandomSequence(HubDriver hub, Random random, ConcernReport report) {
        String responsible = report.getChild().getMunicipalityOfRegistration();
        boolean entitled = report.getReporter().getKind() == ReporterKind.MANDATORY_PROFESSIONAL;
        List<ReporterNotification> permitted = new ArrayList<>();
        List<CaseStatusEvent> published = new ArrayList<>();
        Set<String> applied = new HashSet<>();
        int events = 1 + random.nextInt(10);
        for (int e = 0; e < events; e++) {
            CaseStatusEvent event;
            if (!published.isEmpty() && random.nextInt(6) == 0) {
                event = published.get(random.nextInt(published.size()));
            } else {
                String from = random.nextInt(5) == 0 ? other(random, responsible) : responsible;
                event = TestEvents.event(
                        report.getReportId(),
                        from,
                        HubDriver.START.plus(Duration.ofHours(e)),
                        randomPayload(random, responsible));
            }
            hub.publish(event);
            published.add(event);
            boolean accepted = event.getMunicipalityCode().equals(responsible) && applied.add(event.getEventId());
            if (!accepted) {
                continue;
            }
            if (event.getPayload() instanceof TransferredToMunicipality transfer) {
                responsible = transfer.getToMunicipalityCode();
            } else if (entitled
                    && event.getPayload() instanceof InvestigationDecisionMade decision
                    && !decision.getWithholdFeedback()) {
                permitted.add(ReporterNotification.newBuilder()
                        .setNotificationId(notificationId(event))
                        .setReportId(report.getReportId())
                        .setReportingOrganisation(
                                report.getReporter().getOrganisation().getId())
                        .setDecision(decision.getDecision())
                        .setDecisionDate(decision.getDecisionDate())
                        .setNotifiedAt(Instant.EPOCH)
                        .build());
            }
        }
        return permitted;
    }

    private static String notificationId(CaseStatusEvent event) {
        return FeedbackPolicy.notificationIdFor(event.getEventId());
    }

    private static Object randomPayload(Random random, String responsible) {
        LocalDate day = LocalDate.of(2026, 3, 10).plusDays(random.nextInt(30));
        return switch (random.nextInt(7)) {
            case 0 -> TestEvents.receivedPayload();
            case 1 -> TestEvents.protectiveAssessmentPayload();
            case 2, 3 ->
                TestEvents.decisionPayload(
                        InvestigationDecision.values()[random.nextInt(InvestigationDecision.values().length)],
                        day,
                        random.nextInt(3) == 0);
            case 4 -> TestEvents.closedPayload(day);
            case 5 ->
                CaseOfficerChanged.newBuilder()
                        .setCaseOfficerRef("officer-" + random.nextInt(9))
                        .setTookOverOn(day)
                        .build();
            default -> TestEvents.transferPayload(other(random, responsible), day);
        };
    }

    private static String other(Random random, String municipality) {
        List<String> others =
                MUNICIPALITIES.stream().filter(m -> !m.equals(municipality)).toList();
        return others.get(random.nextInt(others.size()));
    }
}
