package se.oroshub.access.model;

/**
 * An operation a grant allows. Kafka lets a principal that may read, write or create a resource also describe it, so
 * {@code DESCRIBE} is never granted on its own.
 */
public enum Operation {
    READ,
    WRITE,
    CREATE,
    DELETE,
    DESCRIBE,
    DESCRIBE_CONFIGS
}
