package se.oroshub.schemas.topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import se.oroshub.schemas.avro.AuditRecord;
import se.oroshub.schemas.avro.CaseStatusEvent;
import se.oroshub.schemas.avro.ClearingDecision;
import se.oroshub.schemas.avro.ClearingOverdue;
import se.oroshub.schemas.avro.ConcernReport;
import se.oroshub.schemas.avro.DeadlineDeviation;
import se.oroshub.schemas.avro.OrganisationId;
import se.oroshub.schemas.avro.Receipt;
import se.oroshub.schemas.avro.RejectedSubmission;
import se.oroshub.schemas.avro.ReporterNotification;
import se.oroshub.schemas.avro.RoutedReport;
import se.oroshub.schemas.avro.UnroutableReport;

/**
 * Every topic of the hub, with its key and value types, in one place. Code never spells a topic name itself.
 *
 * <p>Keys are report ids (UUIDs) or owner ids, never personal identity numbers. Values are Avro records in the
 * Confluent wire format.
 */
public final class Topics {

    private static final String PREFIX = "oroshub.";
    private static final Optional<Duration> FOREVER = Optional.empty();
    private static final Optional<Duration> THIRTY_DAYS = Optional.of(Duration.ofDays(30));

    /**
     * Partitions of every topic keyed by report id that the hub joins with its report state: the intake and status
     * event topics must be co-partitioned, so a report's events meet its state in the same hub task.
     */
    public static final int REPORT_PARTITIONS = 6;

    /** Records the hub could not accept, with reason and original bytes. Key: report id where known. */
    public static final TopicSpec<String, RejectedSubmission> DEAD_LETTER =
            new TopicSpec<>(PREFIX + "dead-letter", String.class, RejectedSubmission.class, 6, FOREVER, false);

    /** Valid reports with no decidable municipality, waiting for a person to route them. Key: report id. */
    public static final TopicSpec<String, UnroutableReport> CLEARING =
            new TopicSpec<>(PREFIX + "clearing", String.class, UnroutableReport.class, 1, FOREVER, false);

    /**
     * Decisions of a person on reports waiting in clearing: the responsible municipality. Key: report id. Partitioned
     * like {@link #CONNECTOR_INTAKE}, so a decision meets its report's state in the same hub task.
     */
    public static final TopicSpec<String, ClearingDecision> CLEARING_DECISIONS = new TopicSpec<>(
            PREFIX + "clearing.decisions", String.class, ClearingDecision.class, REPORT_PARTITIONS, THIRTY_DAYS, false);

    /**
     * Reports that waited in clearing longer than the configured time, for the clearing desk: one alarm per report.
     * Key: report id. Carries ids, codes and times only.
     */
    public static final TopicSpec<String, ClearingOverdue> CLEARING_OVERDUE =
            new TopicSpec<>(PREFIX + "clearing.overdue", String.class, ClearingOverdue.class, 1, FOREVER, false);

    /**
     * The hash-chained audit trail. Key: the chain ({@code owner/segment}, the owner a municipality code or {@code hub}),
     * so a chain stays ordered on one partition.
     */
    public static final TopicSpec<String, AuditRecord> AUDIT =
            new TopicSpec<>(PREFIX + "audit", String.class, AuditRecord.class, 6, FOREVER, false);

    /** The schema registry's store, compacted as in Confluent's registry. */
    public static final TopicSpec<String, String> SCHEMAS =
            new TopicSpec<>("_schemas", String.class, String.class, 1, FOREVER, true);

    /** Routed reports for one municipality's social services. Owner: the four-digit municipality code. Key: report id. */
    public static final TopicFamily<String, RoutedReport> MUNICIPALITY_REPORTS = new TopicFamily<>(
            PREFIX + "municipality.",
            ".reports",
            String.class,
            RoutedReport.class,
            3,
            FOREVER,
            Topics::municipalityPart);

    /** Missed deadlines and unacknowledged deliveries of one municipality. Owner: municipality code. Key: report id. */
    public static final TopicFamily<String, DeadlineDeviation> MUNICIPALITY_DEVIATIONS = new TopicFamily<>(
            PREFIX + "municipality.",
            ".deviations",
            String.class,
            DeadlineDeviation.class,
            1,
            FOREVER,
            Topics::municipalityPart);

    /**
     * Concern reports submitted through one connector deployment. Owner: the connector id; only that deployment's
     * principal may write it, so the hub knows which connector a record came from by its topic. Key: report id.
     */
    public static final TopicFamily<String, ConcernReport> CONNECTOR_INTAKE = new TopicFamily<>(
            PREFIX + "intake.",
            ".concern-reports",
            String.class,
            ConcernReport.class,
            REPORT_PARTITIONS,
            THIRTY_DAYS,
            Topics::encodeOwner);

    /**
     * Status events from one municipality's social services (and delivery acknowledgements). Owner: the municipality
     * code; only that municipality's principal may write it, so the hub takes the municipality from the topic name.
     * Key: report id.
     */
    public static final TopicFamily<String, CaseStatusEvent> MUNICIPALITY_STATUS_EVENTS = new TopicFamily<>(
            PREFIX + "municipality.",
            ".status-events",
            String.class,
            CaseStatusEvent.class,
            REPORT_PARTITIONS,
            THIRTY_DAYS,
            Topics::municipalityPart);

    /**
     * Receipts for the reports submitted through one connector deployment, readable by that deployment only. Owner: the
     * connector id. Key: report id. Carries ids, time and digest only.
     */
    public static final TopicFamily<String, Receipt> CONNECTOR_RECEIPTS = new TopicFamily<>(
            PREFIX + "connector.", ".receipts", String.class, Receipt.class, 3, FOREVER, Topics::encodeOwner);

    /** Acute reports outside office hours for one after-hours service (social jour). Owner: its configured id. */
    public static final TopicFamily<String, RoutedReport> AFTER_HOURS_REPORTS = new TopicFamily<>(
            PREFIX + "after-hours.", ".reports", String.class, RoutedReport.class, 1, FOREVER, Topics::encodeOwner);

    /** Lawful feedback to one reporting organisation. Owner: see {@link #organisationOwner}. Key: report id. */
    public static final TopicFamily<String, ReporterNotification> ORGANISATION_FEEDBACK = new TopicFamily<>(
            PREFIX + "organisation.",
            ".feedback",
            String.class,
            ReporterNotification.class,
            1,
            FOREVER,
            Topics::encodeOwner);

    /** The fixed topics, for provisioning. */
    public static final List<TopicSpec<?, ?>> FIXED =
            List.of(DEAD_LETTER, CLEARING, CLEARING_DECISIONS, CLEARING_OVERDUE, AUDIT);

    private Topics() {}

    /** Owner string of an organisation in {@link #ORGANISATION_FEEDBACK}: scheme and value, e.g. {@code HSA_ID:SE2321000016-15CQ}. */
    public static String organisationOwner(OrganisationId id) {
        return id.getScheme().name() + ":" + id.getValue();
    }

    /** The feedback topic of one reporting organisation. */
    public static TopicSpec<String, ReporterNotification> feedbackTopic(OrganisationId id) {
        return ORGANISATION_FEEDBACK.of(organisationOwner(id));
    }

    private static String municipalityPart(String code) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new IllegalArgumentException("a municipality code has four digits, was '" + code + "'");
        }
        return code;
    }

    /**
     * Encodes an owner id injectively into legal topic-name characters: letters, digits and '-' stay, every other
     * byte becomes '_' and two hex digits. So two different owners never share a topic.
     */
    static String encodeOwner(String owner) {
        if (owner == null || owner.isEmpty()) {
            throw new IllegalArgumentException("an owner id must not be empty");
        }
        StringBuilder out = new StringBuilder(owner.length() + 8);
        for (byte b : owner.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                out.append(c);
            } else {
                out.append('_').append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
        }
        return out.toString();
    }
}
