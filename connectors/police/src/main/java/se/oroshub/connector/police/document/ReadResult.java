package se.oroshub.connector.police.document;

import java.util.List;
import java.util.Objects;
import org.w3c.dom.Document;

/** The outcome of reading a police document: a schema-valid DOM, or every reason it is not one. */
public sealed interface ReadResult {

    /** The document is well-formed and valid against the schema. */
    record Valid(Document document) implements ReadResult {
        public Valid {
            Objects.requireNonNull(document, "document");
        }
    }

    /** The document is not acceptable; {@code violations} is never empty. */
    record Invalid(List<SchemaViolation> violations) implements ReadResult {
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid document has at least one violation");
            }
        }
    }
}
