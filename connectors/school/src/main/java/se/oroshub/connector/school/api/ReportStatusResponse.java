package se.oroshub.connector.school.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import se.oroshub.connector.reporting.ReportStatusView;
import se.oroshub.schemas.avro.InvestigationDecision;

/**
 * One of the organisation's reports: its receipt and, when social services gave it and did not withhold it, the
 * decision. There is nothing else to show (old SoL 14 kap. 1 b §; OSL 26 kap. 9 a §).
 *
 * @param receipt  the receipt
 * @param decision the permitted decision, or null when none has been given
 */
@Schema(description = "A report of the signed-in user's school: receipt and, when permitted, the decision")
public record ReportStatusResponse(ReceiptResponse receipt, Decision decision) {

    /**
     * @param decision     OPENED (utredning inledd), NOT_OPENED (inleds inte) or ALREADY_ONGOING (pågår redan)
     * @param decisionDate the date of the decision
     */
    public record Decision(InvestigationDecision decision, LocalDate decisionDate) {}

    public static ReportStatusResponse of(ReportStatusView view) {
        return new ReportStatusResponse(
                ReceiptResponse.of(view.receipt()),
                view.decision()
                        .map(n -> new Decision(n.getDecision(), n.getDecisionDate()))
                        .orElse(null));
    }
}
