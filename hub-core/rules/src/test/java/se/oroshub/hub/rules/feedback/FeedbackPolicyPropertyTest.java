package se.oroshub.hub.rules.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.OrganisationIdScheme;
import se.oroshub.schemas.avro.ProtectiveAssessmentMade;
import se.oroshub.schemas.avro.ReportReceived;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.TransferredToMunicipality;
import se.oroshub.schemas.fixtures.TestEvents;
import se.oroshub.schemas.fixtures.TestReport;

/**
 * Random reports and random sequences of status events through the feedback policy: everything that would reach a
 * reporter's topic is exactly the permitted notification, and nothing reaches private or anonymous reporters or
 * follows a withheld decision.
 */
class FeedbackPolicyPropertyTest {

    private static final Instant BASE = Instant.parse("2026-01-05T08:00:00Z");
    private final FeedbackPolicy policy = new FeedbackPolicy();

    @Property(tries = 500)
    void nothingBeyondThePermittedNotificationEverReachesAReporter(
            @ForAll("reports") ConcernReport report, @ForAll("payloads") @Size(max = 12) List<Object> payloads) {
        List<CaseStatusEvent> events = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            events.add(TestEvents.event(
                    "evt-" + i, report.getReportId(), "0180", BASE.plusSeconds(3600L * i), payloads.get(i)));
        }

        List<ReporterNotification> delivered = new ArrayList<>();
        for (CaseStatusEvent event : events) {
            Instant now = event.getOccurredAt().plusSeconds(1);
            if (policy.decide(report.getReporter(), event, now) instanceof FeedbackDecision.Notify notify) {
                delivered.add(notify.notification());
            }
        }

        boolean entitled = report.getReporter().getKind() == ReporterKind.MANDATORY_PROFESSIONAL
                && report.getReporter().getOrganisation() != null;
        List<CaseStatusEvent> permitted = events.stream()
                .filter(event -> event.getPayload() instanceof InvestigationDecisionMade decision
                        && !decision.getWithholdFeedback())
                .toList();

        if (!entitled) {
            assertThat(delivered).isEmpty();
            return;
        }
        assertThat(delivered).hasSameSizeAs(permitted);
        for (int i = 0; i < delivered.size(); i++) {
            ReporterNotification notification = delivered.get(i);
            CaseStatusEvent source = permitted.get(i);
            InvestigationDecisionMade decision = (InvestigationDecisionMade) source.getPayload();
            assertThat(notification.getReportId()).isEqualTo(report.getReportId());
            assertThat(notification.getReportingOrganisation())
                    .isEqualTo(report.getReporter().getOrganisation().getId());
            assertThat(notification.getDecision()).isEqualTo(decision.getDecision());
            assertThat(notification.getDecisionDate()).isEqualTo(decision.getDecisionDate());
            assertThat(notification.getNotifiedAt())
                    .isEqualTo(source.getOccurredAt().plusSeconds(1));
            assertThat(notification.getNotificationId())
                    .isEqualTo(FeedbackPolicy.notificationIdFor(source.getEventId()));
            assertThat(notification.getSchema().getFields()).hasSize(6);
        }
        if (!permitted.isEmpty()) {
            InvestigationDecisionMade last = (InvestigationDecisionMade)
                    permitted.get(permitted.size() - 1).getPayload();
            assertThat(delivered.get(delivered.size() - 1).getDecision()).isEqualTo(last.getDecision());
        }
        Set<String> secrets = events.stream()
                .map(FeedbackPolicyPropertyTest::caseContent)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        for (ReporterNotification notification : delivered) {
            for (String secret : secrets) {
                assertThat(notification.toString()).doesNotContain(secret);
            }
        }
    }

    private static String caseContent(CaseStatusEvent event) {
        if (event.getPayload() instanceof ReportReceived received && received.getSystemReference() != null) {
            return received.getSystemReference();
        }
        if (event.getPayload() instanceof CaseOfficerChanged changed) {
            return changed.getCaseOfficerRef();
        }
        return "";
    }

    @Provide
    Arbitrary<ConcernReport> reports() {
        Arbitrary<ReporterKind> kinds = Arbitraries.of(ReporterKind.class);
        Arbitrary<OrganisationId> organisations = Combinators.combine(
                        Arbitraries.of(OrganisationIdScheme.class),
                        Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12))
                .as(OrganisationId::new)
                .injectNull(0.15);
        Arbitrary<String> ids =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(36);
        return Combinators.combine(kinds, organisations, ids)
                .as((kind, organisation, id) -> TestReport.report()
                        .id(id)
                        .reporter(kind)
                        .organisation(organisation)
                        .build());
    }

    @Provide
    Arbitrary<List<Object>> payloads() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 400).map(LocalDate.of(2026, 1, 5)::plusDays);
        Arbitrary<String> references =
                Arbitraries.strings().alpha().ofMinLength(8).ofMaxLength(16).map(s -> "SECRET-" + s);
        Arbitrary<Object> decision = Combinators.combine(
                        Arbitraries.of(InvestigationDecision.class), dates, Arbitraries.of(true, false))
                .as((d, on, withhold) -> (Object) TestEvents.decisionPayload(d, on, withhold));
        Arbitrary<Object> received = references.injectNull(0.3).map(ref ->
                (Object) ReportReceived.newBuilder().setSystemReference(ref).build());
        Arbitrary<Object> protective = Arbitraries.of(true, false)
                .map(b -> (Object) ProtectiveAssessmentMade.newBuilder()
                        .setImmediateProtectionNeeded(b)
                        .build());
        Arbitrary<Object> closed = dates.map(
                on -> (Object) InvestigationClosed.newBuilder().setClosedOn(on).build());
        Arbitrary<Object> transferred = Combinators.combine(Arbitraries.of("1480", "1280", "0380"), dates)
                .as((to, on) -> (Object) TransferredToMunicipality.newBuilder()
                        .setToMunicipalityCode(to)
                        .setTransferredOn(on)
                        .build());
        Arbitrary<Object> officer = Combinators.combine(references, dates)
                .as((ref, on) -> (Object) CaseOfficerChanged.newBuilder()
                        .setCaseOfficerRef(ref)
                        .setTookOverOn(on)
                        .build());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, decision),
                        net.jqwik.api.Tuple.of(1, received),
                        net.jqwik.api.Tuple.of(1, protective),
                        net.jqwik.api.Tuple.of(1, closed),
                        net.jqwik.api.Tuple.of(1, transferred),
                        net.jqwik.api.Tuple.of(1, officer))
                .list()
                .ofMaxSize(12);
    }
}
