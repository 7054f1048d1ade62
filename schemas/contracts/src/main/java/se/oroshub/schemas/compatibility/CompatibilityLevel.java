package se.oroshub.schemas.compatibility;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A subject's compatibility level, with the Confluent Schema Registry's names and meaning: which direction a new
 * schema is checked in, and whether against the latest version only or against every earlier one.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** The new schema must read data written with the earlier one(s). */
    public boolean backward() {
        return backward;
    }

    /** The earlier schema(s) must read data written with the new one. */
    public boolean forward() {
        return forward;
    }

    /** Checked against every earlier version rather than the latest alone. */
    public boolean transitive() {
        return transitive;
    }

    /** The same direction checked against the latest version only: {@code FULL} for {@code FULL_TRANSITIVE}. */
    public CompatibilityLevel againstLatestOnly() {
        return switch (this) {
            case BACKWARD_TRANSITIVE -> BACKWARD;
            case FORWARD_TRANSITIVE -> FORWARD;
            case FULL_TRANSITIVE -> FULL;
            default -> this;
        };
    }

    /** Parses a level name, case-insensitively, as Confluent's registry does; empty for an unknown name. */
    public static Optional<CompatibilityLevel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(level -> level.name().equals(upper))
                .findFirst();
    }

    /** The level names, for an error message that lists what is accepted. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
