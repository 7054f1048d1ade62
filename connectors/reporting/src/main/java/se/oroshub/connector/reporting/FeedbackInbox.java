package se.oroshub.connector.reporting;

import java.util.List;
import java.util.Optional;
import se.oroshub.connector.support.CurrentOrganisation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.ReporterNotification;

/**
 * The receipts and the lawful feedback of the organisations this deployment reports for.
 *
 * <p>Fed from the RECEIPTS topic (filtered to this connector's id), from the receipts {@link IntakePublisher} issues,
 * and from the feedback topic of each configured organisation ({@code Topics.feedbackTopic(org)}), read from the
 * beginning on every start, so the view is rebuilt from the log after a restart and nothing is stored elsewhere.
 *
 * <p><b>Secrecy at the reporter's side.</b> The feedback a reporting organisation receives is secret there too
 * (prop. 2025/26:12 proposes secrecy at the reporter's organisation for it). Every query therefore names the one
 * organisation asked for and answers only with that organisation's reports; callers must take that organisation from
 * {@link CurrentOrganisation} (the signed-in user's organisation), never from the request, and must never show the
 * answer in a public or parent-facing view. An organisation this deployment does not report for gets empty answers.
 */
public interface FeedbackInbox {

    /**
     * The permitted decision social services gave on one report of this organisation, if any has arrived.
     *
     * @param organisation the organisation asking (the signed-in user's)
     * @param reportId     the report id
     * @return the notification; empty if none, or if the report is not this organisation's
     */
    Optional<ReporterNotification> decisionFor(OrganisationId organisation, String reportId);

    /**
     * One report of this organisation: its receipt and, when permitted and given, the decision.
     *
     * @return empty if there is no receipt for the report, or the report is not this organisation's
     */
    Optional<ReportStatusView> reportOf(OrganisationId organisation, String reportId);

    /** Every report of this organisation with its receipt, newest first, each with the permitted decision if any. */
    List<ReportStatusView> reportsOf(OrganisationId organisation);

    /**
     * Whether the inbox has read the topics up to where they ended when it started, so its answers are complete.
     * A readiness check for the connector; answers before that may miss older reports.
     */
    boolean caughtUp();
}
