package se.oroshub.connector.police.intake;

import java.util.Optional;
import se.oroshub.schemas.avro.OrganisationId;

/**
 * The police connector's one way in: a document's bytes become a report on the hub's intake topic, or a list of
 * problems. Both channels (HTTP and the transfer directory) go through it, so they accept exactly the same documents.
 *
 * <p>Submitting the same document again is safe: its report id is derived from the sending unit and the document id,
 * and the hub deduplicates by report id.
 */
public interface DocumentIntake {

    /**
     * Validates the document against the schema and the hub's contract, publishes it and waits for the broker's
     * durable acknowledgement.
     *
     * @param document       the document's bytes
     * @param requiredSender when present, the only police unit the submitter may send for (the signed-in caller's);
     *                       a document naming another sender is {@link IntakeOutcome.NotPermitted}
     * @return the outcome; never throws for anything the document contains
     */
    IntakeOutcome submit(byte[] document, Optional<OrganisationId> requiredSender);
}
