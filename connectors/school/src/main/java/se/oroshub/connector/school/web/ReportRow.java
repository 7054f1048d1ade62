package se.oroshub.connector.school.web;

import se.oroshub.connector.reporting.ReportStatusView;

/**
 * One report as the staff pages show it: the receipt and, when permitted, the decision; nothing else.
 *
 * @param reportId     the report id
 * @param acceptedAt   when it was accepted, Swedish time
 * @param digest       the SHA-256 digest of what was accepted
 * @param decision     the decision in words, or null when none has been given
 * @param decisionDate the date of the decision, or null
 */
public record ReportRow(String reportId, String acceptedAt, String digest, String decision, String decisionDate) {

    static ReportRow of(ReportStatusView view) {
        return new ReportRow(
                view.reportId(),
                SwedishLabels.time(view.acceptedAt()),
                view.contentDigest(),
                view.decisionValue().map(SwedishLabels::decision).orElse(null),
                view.decisionDate().map(SwedishLabels::date).orElse(null));
    }
}
