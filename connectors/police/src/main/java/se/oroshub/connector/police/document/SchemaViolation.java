package se.oroshub.connector.police.document;

import java.util.Objects;

/**
 * One reason a police document was not accepted as XML of the published schema. Never carries a value from the
 * document: the message names the element and the rule, not what was written there.
 *
 * @param line    1-based line in the submitted bytes, or -1 when unknown
 * @param column  1-based column in the submitted bytes, or -1 when unknown
 * @param element path of the element concerned, e.g. {@code /concernReport/child/personalIdentityNumber}; empty when
 *                the problem lies before the first element
 * @param code    stable snake_case code
 * @param message what is wrong, for a person
 */
public record SchemaViolation(int line, int column, String element, String code, String message) {

    public SchemaViolation {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
