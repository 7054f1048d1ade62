package se.oroshub.schemas.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One version of a subject: which subject, which version, the registry-wide schema id, and the schema.
 *
 * @param subject the subject, e.g. {@code oroshub.intake.concern-reports-value}
 * @param version the version within the subject, from 1
 * @param id      the registry-wide schema id (what the wire format carries)
 * @param schema  the Avro schema
 */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {

    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }
}
