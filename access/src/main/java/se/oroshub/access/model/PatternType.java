package se.oroshub.access.model;

/** Whether a grant's name is the resource's whole name, or a prefix of every resource name it covers. */
public enum PatternType {
    LITERAL,
    PREFIXED
}
