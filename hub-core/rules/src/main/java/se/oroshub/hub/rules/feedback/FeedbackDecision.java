package se.oroshub.hub.rules.feedback;

import java.util.Objects;
import se.oroshub.schemas.avro.ReporterNotification;

/** What the reporter's organisation receives for one status event: the permitted notification, or nothing. */
public sealed interface FeedbackDecision permits FeedbackDecision.Notify, FeedbackDecision.Suppress {

    /**
     * Send {@code notification} to the reporting organisation's feedback topic. The notification's schema cannot carry
     * more than the law permits; the policy fills only report id, organisation, decision, decision date, time and id.
     */
    record Notify(ReporterNotification notification) implements FeedbackDecision {
        /** Requires the notification. */
        public Notify {
            Objects.requireNonNull(notification, "notification");
        }
    }

    /** Nothing reaches the reporter; {@code reason} says why (for the audit trail). */
    record Suppress(SuppressionReason reason) implements FeedbackDecision {
        /** Requires the reason. */
        public Suppress {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
