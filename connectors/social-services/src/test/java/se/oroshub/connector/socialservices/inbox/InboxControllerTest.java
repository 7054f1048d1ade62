package se.oroshub.connector.socialservices.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import se.oroshub.connector.socialservices.events.StatusEventRecorder;
import se.oroshub.connector.socialservices.events.StatusEvents;
import se.oroshub.connector.socialservices.support.MutableClock;
import se.oroshub.connector.socialservices.support.RecordingPublisher;
import se.oroshub.connector.socialservices.support.TestReports;
import se.oroshub.connector.support.OrganisationUser;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.RoutedReport;

/** The inbox's forms record one protective assessment and one decision per report, however often they are sent. */
class InboxControllerTest {

    private static final String MUNICIPALITY = "0180";
    private static final OrganisationUser OFFICER = new OrganisationUser(
            "handlaggare",
            "Sara Handläggare",
            "Socialsekreterare",
            new OrganisationId(OrganisationIdScheme.MUNICIPALITY_CODE, MUNICIPALITY),
            "Stockholms stad");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InboxStore store = new InboxStore(List.of(MUNICIPALITY));
    private final RecordingPublisher published = new RecordingPublisher();
    private final RoutedReport report = new TestReports(11, clock).routed(MUNICIPALITY, true);
    private InboxProjection projection;
    private InboxController controller;

    @BeforeEach
    void inboxReadFromTheTopics() {
        store.add(report);
        projection = new InboxProjection(
                List.of(),
                () -> {
                    throw new IllegalStateException("nothing to read");
                },
                store);
        projection.start();
        controller = new InboxController(
                store, projection, new StatusEventRecorder(published, store::apply), () -> Optional.of(OFFICER), clock);
    }

    @AfterEach
    void stop() {
        projection.stop();
    }

    @Test
    void aSecondContradictingDecisionIsRefusedAndNotPublished() {
        Map<String, Object> first = decide("OPENED", false);
        clock.advance(Duration.ofMinutes(10));
        Map<String, Object> second = decide("NOT_OPENED", true);

        assertThat(first).containsEntry("message", InboxController.DECISION_RECORDED);
        assertThat(second)
                .containsEntry("error", InboxController.OTHER_DECISION_RECORDED)
                .doesNotContainKey("message");
        assertThat(published.events()).singleElement().satisfies(event -> {
            InvestigationDecisionMade decision = (InvestigationDecisionMade) event.getPayload();
            assertThat(decision.getDecision()).isEqualTo(InvestigationDecision.OPENED);
            assertThat(decision.getWithholdFeedback()).isFalse();
        });
        InboxItem item = store.find(MUNICIPALITY, report.getReportId()).orElseThrow();
        assertThat(item.decision()).isEqualTo(InvestigationDecision.OPENED);
        assertThat(item.withholdFeedback()).isFalse();
        assertThat(item.decisionRecordedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void theSameDecisionFormSentAgainIsPublishedOnce() {
        decide("ALREADY_ONGOING", true);
        Map<String, Object> again = decide("ALREADY_ONGOING", true);

        assertThat(again).containsEntry("message", InboxController.DECISION_ALREADY_RECORDED);
        assertThat(published.events())
                .singleElement()
                .satisfies(event ->
                        assertThat(event.getEventId()).isEqualTo(StatusEvents.decisionEventId(report.getReportId())));
    }

    @Test
    void aDoubleClickOnTheDecisionButtonPublishesOneDecision() throws Exception {
        List<Map<String, Object>> answers =
                atTheSameTime(() -> decide("NOT_OPENED", false), () -> decide("NOT_OPENED", false));

        assertThat(published.events()).hasSize(1);
        assertThat(answers)
                .extracting(answer -> answer.get("message"))
                .containsExactlyInAnyOrder(
                        InboxController.DECISION_RECORDED, InboxController.DECISION_ALREADY_RECORDED);
    }

    @Test
    void aSecondProtectiveAssessmentIsRefusedAndNotPublished() {
        Map<String, Object> first = assess(true);
        Map<String, Object> contradicting = assess(false);
        Map<String, Object> resent = assess(true);

        assertThat(first).containsEntry("message", InboxController.PROTECTIVE_ASSESSMENT_RECORDED);
        assertThat(contradicting).containsEntry("error", InboxController.OTHER_PROTECTIVE_ASSESSMENT_RECORDED);
        assertThat(resent).containsEntry("message", InboxController.PROTECTIVE_ASSESSMENT_ALREADY_RECORDED);
        assertThat(published.events()).singleElement().satisfies(event -> {
            assertThat(event.getEventId()).isEqualTo(StatusEvents.protectiveAssessmentEventId(report.getReportId()));
            assertThat(((ProtectiveAssessmentMade) event.getPayload()).getImmediateProtectionNeeded())
                    .isTrue();
        });
        assertThat(store.find(MUNICIPALITY, report.getReportId()).orElseThrow().immediateProtectionNeeded())
                .isTrue();
    }

    @Test
    void aDoubleClickOnTheProtectiveAssessmentButtonPublishesOneAssessment() throws Exception {
        atTheSameTime(() -> assess(false), () -> assess(false));

        assertThat(published.events())
                .extracting(CaseStatusEvent::getPayload)
                .singleElement()
                .isInstanceOf(ProtectiveAssessmentMade.class);
    }

    @Test
    void nothingIsRecordedBeforeTheInboxHasReadWhatWasRecordedEarlier() {
        InboxProjection reading = new InboxProjection(
                List.of(MUNICIPALITY),
                () -> {
                    throw new IllegalStateException("not started");
                },
                store);
        InboxController beforeCaughtUp = new InboxController(
                store, reading, new StatusEventRecorder(published, store::apply), () -> Optional.of(OFFICER), clock);

        RedirectAttributesModelMap decision = new RedirectAttributesModelMap();
        beforeCaughtUp.decision(report.getReportId(), "OPENED", false, decision);
        RedirectAttributesModelMap assessment = new RedirectAttributesModelMap();
        beforeCaughtUp.protectiveAssessment(report.getReportId(), true, assessment);

        assertThat(new HashMap<String, Object>(decision.getFlashAttributes()))
                .containsEntry("error", InboxController.NOT_CAUGHT_UP);
        assertThat(new HashMap<String, Object>(assessment.getFlashAttributes()))
                .containsEntry("error", InboxController.NOT_CAUGHT_UP);
        assertThat(published.events()).isEmpty();
    }

    private Map<String, Object> decide(String decision, boolean withholdFeedback) {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        String view = controller.decision(report.getReportId(), decision, withholdFeedback, redirect);
        assertThat(view).isEqualTo("redirect:/inbox/" + report.getReportId());
        return new HashMap<>(redirect.getFlashAttributes());
    }

    private Map<String, Object> assess(boolean immediateProtectionNeeded) {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        controller.protectiveAssessment(report.getReportId(), immediateProtectionNeeded, redirect);
        return new HashMap<>(redirect.getFlashAttributes());
    }

    @SafeVarargs
    private static List<Map<String, Object>> atTheSameTime(Callable<Map<String, Object>>... submissions)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(submissions.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Map<String, Object>>> answers = Arrays.stream(submissions)
                    .map(submission -> threads.submit(() -> {
                        start.await();
                        return submission.call();
                    }))
                    .toList();
            start.countDown();
            List<Map<String, Object>> result = new ArrayList<>();
            for (Future<Map<String, Object>> answer : answers) {
                result.add(answer.get());
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }
}
