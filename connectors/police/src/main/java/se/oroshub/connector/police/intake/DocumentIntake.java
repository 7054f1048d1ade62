package se.oroshub.connector.police.intake;

import java.time.Instant;
import java.util.Optional;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * The police connector's one way in: a document's bytes become a report on the hub's intake topic, or a list of
 * problems. Both channels (HTTP and the transfer directory) go through it, so they accept exactly the same documents.
 *
 * <p>Submitting the same document again is safe: its report id is derived from the sending unit and the document id.
 * When this connector already holds the receipt of that report and the document is unchanged, the original receipt is
 * returned and nothing is published again; a changed document under an already accepted document id is rejected as
 * {@code conflicting_duplicate}. Otherwise the hub deduplicates by report id.
 */
public interface DocumentIntake {

    /**
     * Validates the document against the schema and the hub's contract, publishes it and waits for the broker's
     * durable acknowledgement.
     *
     * @param document       the document's bytes
     * @param requiredSender when present, the only police unit the submitter may send for (the signed-in caller's);
     *                       a document naming another sender is {@link IntakeOutcome.NotPermitted}
     * @param receivedAt     when the connector took the document in (the report's {@code submittedAt}); a channel that
     *                       resubmits a document passes the same instant again, so the report is identical
     * @return the outcome; never throws for anything the document contains
     */
    IntakeOutcome submit(byte[] document, Optional<OrganisationId> requiredSender, Instant receivedAt);
}
