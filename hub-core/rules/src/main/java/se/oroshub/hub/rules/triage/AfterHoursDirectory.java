package se.oroshub.hub.rules.triage;

import java.util.Map;
import java.util.Objects;

/**
 * Which after-hours service (social jour) serves each municipality. Several municipalities often share one service,
 * so the configuration maps municipality codes to a destination id (the owner of that service's after-hours topic).
 * An unconfigured municipality gets {@code defaultPattern} with {@value #PLACEHOLDER} replaced by its code.
 *
 * @param destinations destination id per municipality code
 * @param defaultPattern destination for unconfigured municipalities; must contain {@value #PLACEHOLDER}
 */
public record AfterHoursDirectory(Map<String, String> destinations, String defaultPattern) {

    /** The placeholder for the municipality code in {@link #defaultPattern()}. */
    public static final String PLACEHOLDER = "{municipality}";

    /** Copies the map and checks the pattern. */
    public AfterHoursDirectory {
        destinations = Map.copyOf(Objects.requireNonNull(destinations, "destinations"));
        Objects.requireNonNull(defaultPattern, "defaultPattern");
        if (!defaultPattern.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("defaultPattern must contain " + PLACEHOLDER + ": " + defaultPattern);
        }
    }

    /** No shared services configured: every municipality has its own, {@code socialjour-<code>}. */
    public static AfterHoursDirectory defaults() {
        return new AfterHoursDirectory(Map.of(), "socialjour-" + PLACEHOLDER);
    }

    /** The after-hours destination of one municipality. */
    public String destinationFor(String municipalityCode) {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        String configured = destinations.get(municipalityCode);
        return configured != null ? configured : defaultPattern.replace(PLACEHOLDER, municipalityCode);
    }
}
