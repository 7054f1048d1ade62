package se.oroshub.registryserver.store;

import java.util.Objects;

/**
 * The key of one record in the registry's store topic. Keys are compacted on, so each kind identifies exactly what its
 * latest value replaces: one version of one subject, one compatibility setting, one subject deletion marker.
 */
public sealed interface StoreKey permits StoreKey.SchemaKey, StoreKey.ConfigKey, StoreKey.DeleteSubjectKey {

    /** One version of one subject. */
    record SchemaKey(String subject, int version) implements StoreKey {
        public SchemaKey {
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** The compatibility level of one subject, or the global level when {@code subject} is null. */
    record ConfigKey(String subject) implements StoreKey {
        public static final ConfigKey GLOBAL = new ConfigKey(null);
    }

    /** A soft deletion of every version of a subject up to a version. */
    record DeleteSubjectKey(String subject) implements StoreKey {
        public DeleteSubjectKey {
            Objects.requireNonNull(subject, "subject");
        }
    }
}
