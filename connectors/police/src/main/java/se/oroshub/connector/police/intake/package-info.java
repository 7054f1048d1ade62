/**
 * From a document's bytes to an {@link se.oroshub.connector.police.intake.IntakeOutcome}: accepted with its receipt,
 * rejected with every {@link se.oroshub.connector.police.intake.DocumentProblem}, not permitted, or not acknowledged
 * by the broker. The one port both channels use is {@link se.oroshub.connector.police.intake.DocumentIntake}.
 *
 * <p>What goes back to the police, on both channels alike: the receipt
 * ({@link se.oroshub.connector.police.intake.ReceiptRepresentation}, {@code police-receipt-1.xsd}) and the permitted
 * feedback ({@link se.oroshub.connector.police.intake.FeedbackRepresentation}, {@code police-feedback-1.xsd}). Guarded
 * by {@code PublishingDocumentIntakeTest}, {@code ReceiptRepresentationTest} and {@code FeedbackRepresentationTest}.
 */
package se.oroshub.connector.police.intake;
