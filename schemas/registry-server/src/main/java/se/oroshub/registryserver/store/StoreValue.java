package se.oroshub.registryserver.store;

import java.util.Objects;
import se.oroshub.schemas.compatibility.CompatibilityLevel;

/** The value of one record in the registry's store topic; a tombstone has no value. */
public sealed interface StoreValue
        permits StoreValue.SchemaValue, StoreValue.ConfigValue, StoreValue.DeleteSubjectValue {

    /**
     * One registered version.
     *
     * @param schema  the schema's canonical text (the parsed schema printed back), which is also its identity
     * @param deleted whether the version was soft-deleted (still resolvable by id)
     */
    record SchemaValue(String subject, int version, int id, String schema, boolean deleted) implements StoreValue {
        public SchemaValue {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(schema, "schema");
        }

        public SchemaValue asDeleted() {
            return new SchemaValue(subject, version, id, schema, true);
        }
    }

    /** A compatibility level. */
    record ConfigValue(CompatibilityLevel level) implements StoreValue {
        public ConfigValue {
            Objects.requireNonNull(level, "level");
        }
    }

    /** Every version of {@code subject} up to and including {@code version} is soft-deleted. */
    record DeleteSubjectValue(String subject, int version) implements StoreValue {
        public DeleteSubjectValue {
            Objects.requireNonNull(subject, "subject");
        }
    }
}
