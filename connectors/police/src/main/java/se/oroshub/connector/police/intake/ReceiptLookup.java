package se.oroshub.connector.police.intake;

import java.util.Optional;
import se.oroshub.connector.reporting.FeedbackInbox;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;

/** The receipt of a report this connector already had accepted, if it knows one. */
@FunctionalInterface
public interface ReceiptLookup {

    /** Knows no receipts: every document is published. */
    ReceiptLookup NONE = (organisation, reportId) -> Optional.empty();

    /**
     * The receipt of report {@code reportId} of {@code organisation}, if this connector knows it.
     *
     * @param organisation the sending unit
     * @param reportId     the report id
     */
    Optional<Receipt> receiptOf(OrganisationId organisation, String reportId);

    /** The receipts the reporting module's inbox holds: those this process issued and those on the receipts topic. */
    static ReceiptLookup of(FeedbackInbox inbox) {
        return (organisation, reportId) ->
                inbox.reportOf(organisation, reportId).map(ReportStatusView::receipt);
    }
}
