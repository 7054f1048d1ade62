package se.oroshub.hub.rules.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Reporter;
import se.oroshub.schemas.avro.ReporterKind;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.ReportingOrganisation;

/**
 * The feedback rule the hub exists to enforce: social services may tell a mandatory reporter whether an
 * investigation was opened, not opened or is already ongoing (SoL (2001:453) 14 kap. 1 b §, see
 * {@link se.oroshub.schemas.law.Statute#REPORTER_FEEDBACK}); secrecy yields for exactly that (OSL 26 kap. 9 a §,
 * {@link se.oroshub.schemas.law.Statute#FEEDBACK_SECRECY_EXCEPTION}). Nothing else may reach the reporter.
 *
 * <p>The rule table, checked in this order:
 * <pre>
 * reporter kind is not MANDATORY_PROFESSIONAL        -> Suppress(REPORTER_NOT_MANDATORY)
 * no reporting organisation                          -> Suppress(NO_REPORTING_ORGANISATION)
 * payload is not InvestigationDecisionMade           -> Suppress(NOT_A_DECISION)
 * withholdFeedback                                   -> Suppress(DECISION_WITHHELD)
 * otherwise                                          -> Notify(report id, organisation id, decision, decision date,
 *                                                              notifiedAt, id derived from the event id)
 * </pre>
 * The policy does not decide whether the event may be trusted (that is
 * {@link se.oroshub.hub.rules.status.StatusEventAuthority}); it is given only events already accepted for the report.
 */
public final class FeedbackPolicy {

    /** The policy has no configuration: the law leaves nothing to configure here. */
    public FeedbackPolicy() {}

    /**
     * Decides the feedback for one status event.
     *
     * @param reporter the reporter of the report the event is about (kind and organisation are read)
     * @param event an accepted status event for that report
     * @param notifiedAt the time to put on the notification
     */
    public FeedbackDecision decide(Reporter reporter, CaseStatusEvent event, Instant notifiedAt) {
        Objects.requireNonNull(reporter, "reporter");
        ReportingOrganisation organisation = reporter.getOrganisation();
        return decide(reporter.getKind(), organisation == null ? null : organisation.getId(), event, notifiedAt);
    }

    /**
     * Decides the feedback for one status event, from the reporter's kind and organisation id alone (what the hub keeps
     * per report).
     *
     * @param kind the reporter's kind
     * @param organisation the reporting organisation's id, {@code null} when there is none
     * @param event an accepted status event for the report
     * @param notifiedAt the time to put on the notification
     */
    public FeedbackDecision decide(
            ReporterKind kind, OrganisationId organisation, CaseStatusEvent event, Instant notifiedAt) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(notifiedAt, "notifiedAt");
        if (kind != ReporterKind.MANDATORY_PROFESSIONAL) {
            return new FeedbackDecision.Suppress(SuppressionReason.REPORTER_NOT_MANDATORY);
        }
        if (organisation == null) {
            return new FeedbackDecision.Suppress(SuppressionReason.NO_REPORTING_ORGANISATION);
        }
        if (!(event.getPayload() instanceof InvestigationDecisionMade decision)) {
            return new FeedbackDecision.Suppress(SuppressionReason.NOT_A_DECISION);
        }
        if (decision.getWithholdFeedback()) {
            return new FeedbackDecision.Suppress(SuppressionReason.DECISION_WITHHELD);
        }
        return new FeedbackDecision.Notify(ReporterNotification.newBuilder()
                .setNotificationId(notificationIdFor(event.getEventId()))
                .setReportId(event.getReportId())
                .setReportingOrganisation(new OrganisationId(organisation.getScheme(), organisation.getValue()))
                .setDecision(decision.getDecision())
                .setDecisionDate(decision.getDecisionDate())
                .setNotifiedAt(notifiedAt)
                .build());
    }

    /**
     * Whether a reporter may ever receive feedback: a mandatory professional reporter with a reporting organisation.
     * Decides whether the reporter-feedback deadline runs for a report.
     */
    public static boolean entitledToFeedback(Reporter reporter) {
        return reporter != null
                && reporter.getKind() == ReporterKind.MANDATORY_PROFESSIONAL
                && reporter.getOrganisation() != null
                && reporter.getOrganisation().getId() != null;
    }

    /** The deterministic notification id for a status event: a name-based UUID of the event id. */
    public static String notificationIdFor(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        return UUID.nameUUIDFromBytes(("oroshub:notification:" + eventId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
