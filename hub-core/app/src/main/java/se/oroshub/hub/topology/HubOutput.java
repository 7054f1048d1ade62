package se.oroshub.hub.topology;

import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.ClearingOverdue;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.RejectedSubmission;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.UnroutableReport;

/**
 * What a hub processor emits: exactly one Avro record bound for one kind of topic. The topology splits the stream of
 * outputs by kind into the sinks (and the repartition for linking); outputs never leave the sub-topology
 * that produced them in this form.
 */
sealed interface HubOutput {

    /** A receipt, to {@code RECEIPTS}. */
    record ReceiptOut(Receipt receipt) implements HubOutput {}

    /** A rejected record, to {@code DEAD_LETTER}. */
    record DeadLetterOut(RejectedSubmission rejection) implements HubOutput {}

    /** A valid report without a decidable municipality, to {@code CLEARING}. */
    record ClearingOut(UnroutableReport report) implements HubOutput {}

    /** A routed report: to linking (keyed by child) from intake, to the municipality's topics (keyed by report) after. */
    record RoutedOut(RoutedReport report) implements HubOutput {}

    /** The permitted notification, to the reporting organisation's feedback topic. */
    record FeedbackOut(ReporterNotification notification) implements HubOutput {}

    /** A missed deadline, to the municipality's deviation topic. */
    record DeviationOut(DeadlineDeviation deviation) implements HubOutput {}

    /** A report that waited in clearing too long, to {@code CLEARING_OVERDUE}. */
    record ClearingOverdueOut(ClearingOverdue overdue) implements HubOutput {}

    /** A decision, already placed in its audit chain by the task that took it, to {@code AUDIT} keyed by chain. */
    record AuditOut(AuditRecord record) implements HubOutput {}
}
