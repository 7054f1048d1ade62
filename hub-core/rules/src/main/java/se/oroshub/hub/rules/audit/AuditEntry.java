package se.oroshub.hub.rules.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import se.oroshub.hub.rules.Codes;
import se.oroshub.hub.rules.feedback.SuppressionReason;
import se.oroshub.hub.rules.status.StatusEventKind;
import se.oroshub.schemas.avro.AcuteReason;
import se.oroshub.schemas.avro.AuditAction;
import se.oroshub.schemas.avro.CaseOfficerChanged;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ClearingOverdue;
import se.oroshub.schemas.avro.ClearingReason;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.DeadlineKind;
import se.oroshub.schemas.avro.EarlierReports;
import se.oroshub.schemas.avro.InvestigationClosed;
import se.oroshub.schemas.avro.InvestigationDecisionMade;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.RoutingBasis;
import se.oroshub.schemas.avro.TransferredToMunicipality;

/**
 * One decision of the hub, before it is placed in its chain by {@link AuditChain#append}. Ids and codes only: the
 * factories below are the only intended way to build one, and none of them takes report content, names, case
 * references or personal identity numbers (the audit trail serves supervision, as access logs do:
 * {@link se.oroshub.schemas.law.Statute#ACCESS_LOGGING}).
 *
 * <p>Owners: decisions before routing (accepted, rejected, duplicate, clearing, rejected status events) belong to the
 * hub ({@value #HUB_OWNER}); decisions about a routed report belong to its municipality. The entry is appended to a
 * chain of its owner ({@link AuditChain#chainId}). The audit id is derived from the decision (a name-based UUID), so
 * the same decision taken twice is recognisable.
 *
 * @param owner whose trail the decision belongs to: a municipality code or {@value #HUB_OWNER}
 * @param auditId deterministic id of the decision
 * @param occurredAt when the decision was taken (kept to the millisecond, as the record stores it)
 * @param action what was decided
 * @param reportId the report, where there is one
 * @param actor who decided: {@value #HUB_ACTOR} or a connector id
 * @param reasonCode a stable snake_case code qualifying the action, or {@code null}
 * @param attributes further ids and codes, sorted by key
 */
public record AuditEntry(
        String owner,
        String auditId,
        Instant occurredAt,
        AuditAction action,
        String reportId,
        String actor,
        String reasonCode,
        Map<String, String> attributes) {

    /** The owner of decisions taken before a report has a municipality. */
    public static final String HUB_OWNER = "hub";
    /** The actor for the hub's own decisions. */
    public static final String HUB_ACTOR = "hub";

    /** Requires owner, id, time, action and actor; truncates the time to milliseconds; sorts and copies attributes. */
    public AuditEntry {
        Objects.requireNonNull(owner, "owner");
        if (owner.isEmpty() || owner.indexOf(AuditChain.SEGMENT_SEPARATOR) >= 0) {
            throw new IllegalArgumentException("an audit owner is a municipality code or " + HUB_OWNER);
        }
        Objects.requireNonNull(auditId, "auditId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        SortedMap<String, String> sorted = new TreeMap<>();
        Objects.requireNonNull(attributes, "attributes")
                .forEach((k, v) -> sorted.put(
                        Objects.requireNonNull(k, "attribute key"), Objects.requireNonNull(v, "attribute " + k)));
        attributes = Collections.unmodifiableSortedMap(sorted);
    }

    /** The hub accepted a valid report from a connector. */
    public static AuditEntry accepted(String reportId, String connectorId, String contentDigest, Instant at) {
        return hub(
                AuditAction.ACCEPTED,
                "accepted:" + reportId,
                at,
                reportId,
                null,
                Map.of("connectorId", connectorId, "contentDigest", contentDigest));
    }

    /**
     * The hub rejected a record to the dead-letter topic.
     *
     * @param reportId the report id where the record could be read that far, else {@code null}
     * @param field the offending field, or {@code null}
     * @param connectorId the submitting connector where known, else {@code null}
     */
    public static AuditEntry rejected(
            String rejectionId, String reportId, RejectionReason reason, String field, String connectorId, Instant at) {
        Map<String, String> attributes = new TreeMap<>();
        attributes.put("rejectionId", rejectionId);
        putIfPresent(attributes, "field", field);
        putIfPresent(attributes, "connectorId", connectorId);
        return hub(AuditAction.REJECTED, "rejected:" + rejectionId, at, reportId, Codes.of(reason), attributes);
    }

    /** A resubmission of an already accepted report was recognised and not processed again. */
    public static AuditEntry duplicateIgnored(String reportId, String connectorId, Instant at) {
        return hub(
                AuditAction.DUPLICATE_IGNORED,
                "duplicate:" + reportId + ":" + at.toEpochMilli(),
                at,
                reportId,
                null,
                Map.of("connectorId", connectorId));
    }

    /** The report was routed to a municipality. */
    public static AuditEntry routed(String reportId, String municipalityCode, RoutingBasis basis, Instant at) {
        return municipal(
                municipalityCode, AuditAction.ROUTED, "routed:" + reportId, at, reportId, Codes.of(basis), Map.of());
    }

    /**
     * A person routed a report waiting in clearing to a municipality. The person is the actor; the owner is the
     * municipality, whose trail now holds the report.
     *
     * @param decidedBy the user id of the person who decided
     */
    public static AuditEntry routedFromClearing(
            String reportId, String municipalityCode, String decisionId, String decidedBy, Instant at) {
        return new AuditEntry(
                municipalityCode,
                id("routed:" + reportId),
                at,
                AuditAction.ROUTED,
                reportId,
                decidedBy,
                Codes.of(RoutingBasis.MANUAL),
                Map.of("decisionId", decisionId));
    }

    /** No municipality could be decided; the report went to the clearing topic. */
    public static AuditEntry sentToClearing(String reportId, ClearingReason reason, Instant at) {
        return hub(AuditAction.SENT_TO_CLEARING, "clearing:" + reportId, at, reportId, Codes.of(reason), Map.of());
    }

    /** An acute report outside office hours also went to the after-hours service. */
    public static AuditEntry sentToAfterHours(
            String reportId, String municipalityCode, String destination, List<AcuteReason> reasons, Instant at) {
        return municipal(
                municipalityCode,
                AuditAction.SENT_TO_AFTER_HOURS,
                "after-hours:" + reportId,
                at,
                reportId,
                null,
                Map.of("destination", destination, "acuteReasons", codes(reasons)));
    }

    /** The report was linked to the municipality's earlier reports about the same child. */
    public static AuditEntry linked(String reportId, String municipalityCode, EarlierReports earlier, Instant at) {
        return municipal(
                municipalityCode,
                AuditAction.LINKED,
                "linked:" + reportId,
                at,
                reportId,
                null,
                Map.of(
                        "earlierCount", Integer.toString(earlier.getCount()),
                        "earlierReportIds", String.join(",", earlier.getReportIds()),
                        "windowDays", Integer.toString(earlier.getWindowDays())));
    }

    /**
     * A status event was accepted and recorded. Only the event id, its kind, when social services say it happened, and
     * the codes and dates that carry no case content are kept: the decision, its date and the withhold flag; the
     * closing date of an investigation; the receiving municipality and date of a transfer; and the date a new case
     * officer took over, so that responsibility is on record without a gap (who the officer is stays in the case
     * system).
     */
    public static AuditEntry statusRecorded(CaseStatusEvent event, Instant at) {
        Map<String, String> attributes = new TreeMap<>();
        attributes.put("eventId", event.getEventId());
        putIfPresent(
                attributes,
                "eventOccurredAt",
                event.getOccurredAt() == null
                        ? null
                        : event.getOccurredAt().truncatedTo(ChronoUnit.MILLIS).toString());
        Object payload = event.getPayload();
        if (payload instanceof InvestigationDecisionMade decision) {
            attributes.put("decision", Codes.of(decision.getDecision()));
            putIfPresent(attributes, "decisionDate", dateOf(decision.getDecisionDate()));
            attributes.put("withholdFeedback", Boolean.toString(decision.getWithholdFeedback()));
        } else if (payload instanceof InvestigationClosed closed) {
            putIfPresent(attributes, "closedOn", dateOf(closed.getClosedOn()));
        } else if (payload instanceof TransferredToMunicipality transfer) {
            attributes.put("toMunicipalityCode", transfer.getToMunicipalityCode());
            putIfPresent(attributes, "transferredOn", dateOf(transfer.getTransferredOn()));
        } else if (payload instanceof CaseOfficerChanged changed) {
            putIfPresent(attributes, "tookOverOn", dateOf(changed.getTookOverOn()));
        }
        String kind = StatusEventKind.of(event).map(StatusEventKind::code).orElse("unknown");
        return municipal(
                event.getMunicipalityCode(),
                AuditAction.STATUS_RECORDED,
                "status:" + event.getEventId(),
                at,
                event.getReportId(),
                kind,
                attributes);
    }

    /**
     * A status event was rejected (unknown report, wrong municipality, invalid event).
     *
     * @param claimedMunicipality the municipality the event claims to come from, or {@code null}
     * @param field the offending field, or {@code null}
     */
    public static AuditEntry statusRejected(
            String eventId,
            String reportId,
            String claimedMunicipality,
            RejectionReason reason,
            String field,
            Instant at) {
        Map<String, String> attributes = new TreeMap<>();
        putIfPresent(attributes, "eventId", eventId);
        putIfPresent(attributes, "claimedMunicipality", claimedMunicipality);
        putIfPresent(attributes, "field", field);
        return hub(
                AuditAction.STATUS_REJECTED, "status-rejected:" + eventId, at, reportId, Codes.of(reason), attributes);
    }

    /** The permitted feedback was sent to the reporting organisation. */
    public static AuditEntry notified(
            ReporterNotification notification, String municipalityCode, String eventId, Instant at) {
        OrganisationId organisation = notification.getReportingOrganisation();
        return municipal(
                municipalityCode,
                AuditAction.NOTIFIED,
                "notified:" + notification.getNotificationId(),
                at,
                notification.getReportId(),
                Codes.of(notification.getDecision()),
                Map.of(
                        "notificationId",
                        notification.getNotificationId(),
                        "eventId",
                        eventId,
                        "organisation",
                        Codes.of(organisation.getScheme()) + ":" + organisation.getValue()));
    }

    /** The feedback policy suppressed a status event: nothing reached the reporter. */
    public static AuditEntry suppressed(
            String reportId, String eventId, String municipalityCode, SuppressionReason reason, Instant at) {
        return municipal(
                municipalityCode,
                AuditAction.SUPPRESSED_BY_POLICY,
                "suppressed:" + eventId,
                at,
                reportId,
                reason.code(),
                Map.of("eventId", eventId));
    }

    /** A deadline was missed and the deviation emitted. */
    public static AuditEntry deadlineMissed(DeadlineDeviation deviation, Instant at) {
        return municipal(
                deviation.getMunicipalityCode(),
                AuditAction.DEADLINE_MISSED,
                "deadline:" + deviation.getDeviationId(),
                at,
                deviation.getReportId(),
                Codes.of(deviation.getDeadline()),
                Map.of(
                        "deviationId",
                        deviation.getDeviationId(),
                        "dueAt",
                        deviation.getDueAt().toString(),
                        "overdueByMillis",
                        Long.toString(deviation.getOverdueByMillis()),
                        "acute",
                        Boolean.toString(deviation.getAcute())));
    }

    /**
     * A report waited in clearing past its clearing deadline: the hub's own trail, as no municipality has the report
     * (or had it, when a late decision routed it: the attributes then name where).
     */
    public static AuditEntry clearingOverdue(ClearingOverdue overdue, Instant at) {
        Map<String, String> attributes = new TreeMap<>(Map.of(
                "deviationId",
                overdue.getDeviationId(),
                "dueAt",
                overdue.getDueAt().toString(),
                "overdueByMillis",
                Long.toString(overdue.getOverdueByMillis()),
                "acute",
                Boolean.toString(overdue.getAcute())));
        putIfPresent(attributes, "routedTo", overdue.getRoutedTo());
        return hub(
                AuditAction.DEADLINE_MISSED,
                "deadline:" + overdue.getDeviationId(),
                at,
                overdue.getReportId(),
                Codes.of(DeadlineKind.CLEARING_DECISION),
                attributes);
    }

    /** The social-services connector delivered the report to the municipality's case system. */
    public static AuditEntry delivered(String reportId, String municipalityCode, String connectorId, Instant at) {
        return new AuditEntry(
                municipalityCode,
                id("delivered:" + reportId),
                at,
                AuditAction.DELIVERED,
                reportId,
                connectorId,
                null,
                Map.of());
    }

    /** The municipality's case system acknowledged receipt of the report (a ReportReceived event). */
    public static AuditEntry deliveryAcknowledged(
            String reportId, String municipalityCode, String eventId, Instant at) {
        return municipal(
                municipalityCode,
                AuditAction.DELIVERY_ACKNOWLEDGED,
                "acknowledged:" + reportId,
                at,
                reportId,
                null,
                Map.of("eventId", eventId));
    }

    private static AuditEntry hub(
            AuditAction action,
            String key,
            Instant at,
            String reportId,
            String reasonCode,
            Map<String, String> attributes) {
        return new AuditEntry(HUB_OWNER, id(key), at, action, reportId, HUB_ACTOR, reasonCode, attributes);
    }

    private static AuditEntry municipal(
            String municipalityCode,
            AuditAction action,
            String key,
            Instant at,
            String reportId,
            String reasonCode,
            Map<String, String> attributes) {
        return new AuditEntry(municipalityCode, id(key), at, action, reportId, HUB_ACTOR, reasonCode, attributes);
    }

    private static String id(String key) {
        return UUID.nameUUIDFromBytes(("oroshub:audit:" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String codes(List<AcuteReason> reasons) {
        return reasons.stream().map(Codes::of).collect(Collectors.joining(","));
    }

    private static String dateOf(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void putIfPresent(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
