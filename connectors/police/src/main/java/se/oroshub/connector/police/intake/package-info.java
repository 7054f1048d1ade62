/**
 * From a document's bytes to an {@link se.oroshub.connector.police.intake.IntakeOutcome}: accepted with its receipt,
 * rejected with every {@link se.oroshub.connector.police.intake.DocumentProblem}, not permitted, or not acknowledged
 * by the broker. The one port both channels use is {@link se.oroshub.connector.police.intake.DocumentIntake}.
 */
package se.oroshub.connector.police.intake;
