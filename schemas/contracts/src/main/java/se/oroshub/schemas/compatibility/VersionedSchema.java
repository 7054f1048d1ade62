package se.oroshub.schemas.compatibility;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One earlier version of a subject, as a compatibility check names it in its messages.
 *
 * @param version the subject's version number
 * @param schema  the schema registered as that version
 */
public record VersionedSchema(int version, Schema schema) {

    public VersionedSchema {
        Objects.requireNonNull(schema, "schema");
    }
}
