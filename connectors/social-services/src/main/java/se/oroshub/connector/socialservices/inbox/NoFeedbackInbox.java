package se.oroshub.connector.socialservices.inbox;

import java.util.List;
import java.util.Optional;
import se.oroshub.connector.support.FeedbackInbox;
import se.oroshub.connector.support.ReportStatusView;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.ReporterNotification;

/**
 * Social services receive reports, they do not make them: this connector has no reporter feedback to read, so it
 * replaces the support module's feedback consumer with this empty one.
 */
public final class NoFeedbackInbox implements FeedbackInbox {

    @Override
    public Optional<ReporterNotification> decisionFor(OrganisationId organisation, String reportId) {
        return Optional.empty();
    }

    @Override
    public Optional<ReportStatusView> reportOf(OrganisationId organisation, String reportId) {
        return Optional.empty();
    }

    @Override
    public List<ReportStatusView> reportsOf(OrganisationId organisation) {
        return List.of();
    }

    @Override
    public boolean caughtUp() {
        return true;
    }
}
