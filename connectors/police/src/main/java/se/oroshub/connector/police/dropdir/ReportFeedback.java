package se.oroshub.connector.police.dropdir;

import java.util.Collection;
import java.util.List;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * Where the transfer directory learns the permitted feedback on the reports it accepted: the reports of the
 * organisations this deployment reports for, each with its receipt and, when social services gave it and did not
 * withhold it, the decision. Nothing else is in a {@link ReportStatusView} to be written.
 */
@FunctionalInterface
public interface ReportFeedback {

    /** No feedback: nothing is written to the outbox but receipts. */
    ReportFeedback NONE = List::of;

    /** The reports with their permitted decision, if any; called once per poll. */
    List<ReportStatusView> reports();

    /** The reports the reporting module's inbox holds for each of {@code organisations}. */
    static ReportFeedback of(FeedbackInbox inbox, Collection<OrganisationId> organisations) {
        List<OrganisationId> copy = List.copyOf(organisations);
        return () -> copy.stream()
                .flatMap(organisation -> inbox.reportsOf(organisation).stream())
                .toList();
    }
}
