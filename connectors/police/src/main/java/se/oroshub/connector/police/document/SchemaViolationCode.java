package se.oroshub.connector.police.document;

/** The stable codes of {@link SchemaViolation}. */
public enum SchemaViolationCode {

    /** The bytes are not well-formed XML. */
    NOT_WELL_FORMED,
    /** The document carries a DOCTYPE; DTDs and entity declarations are refused outright. */
    DOCTYPE_NOT_ALLOWED,
    /** The document is larger than the configured limit. */
    DOCUMENT_TOO_LARGE,
    /** An element or attribute is missing, unexpected or out of order. */
    INVALID_STRUCTURE,
    /** A value does not satisfy its type (pattern, enumeration, length, range, datatype). */
    INVALID_VALUE;

    /** The snake_case form used on the wire and in sidecar files. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
