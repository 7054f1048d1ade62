/**
 * Deadline clocks per report. The protective assessment is due at once, the same day or the next day for a late
 * report (old SoL 11 kap. 1 a §, {@link se.oroshub.schemas.law.Statute#PROTECTIVE_ASSESSMENT}); the decision on
 * investigation within 14 days of receipt (SoL (2025:400) 20 kap. 2 §,
 * {@link se.oroshub.schemas.law.Statute#PRELIMINARY_ASSESSMENT}); the investigation within 4 months of opening
 * (old SoL 11 kap. 2 §, {@link se.oroshub.schemas.law.Statute#INVESTIGATION_TIME_LIMIT}); the receiving case
 * system's acknowledgement within a configured time (an alarm: reports must never be lost unread); and, when
 * configured, the feedback to an entitled reporter (prop. 2025/26:12,
 * {@link se.oroshub.schemas.law.Statute#PROPOSED_MANDATORY_FEEDBACK}). Every deadline is configuration
 * ({@link se.oroshub.hub.rules.deadline.DeadlineConfig}); a missed one becomes a deviation, once.
 * Entry point: {@link se.oroshub.hub.rules.deadline.DeadlinePolicy}; state:
 * {@link se.oroshub.hub.rules.deadline.ReportClock}, which the app stores in a format of its own. Each deadline has
 * tests named after it in {@code DeadlinePolicyTest}.
 */
package se.oroshub.hub.rules.deadline;
