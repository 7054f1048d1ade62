/**
 * The feedback a reporting healthcare organisation may receive (old SoL 14 kap. 1 b §; OSL 26 kap. 9 a §), as FHIR
 * {@code Task}s built from the reporting module's {@code ReportStatusView}, which cannot hold anything more. Guarded by
 * {@code FeedbackTasksTest}.
 */
package se.oroshub.connector.healthcare.feedback;
