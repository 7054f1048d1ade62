package se.oroshub.hub.rules;

import java.util.Locale;

/**
 * Stable snake_case codes for the rule vocabularies (Avro enums and the rules' own reason enums), as used in audit
 * records and dead-letter reasons: {@code WRONG_MUNICIPALITY} becomes {@code wrong_municipality}.
 */
public final class Codes {

    private Codes() {}

    /** The stable code of an enum constant: its name in lower case. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
