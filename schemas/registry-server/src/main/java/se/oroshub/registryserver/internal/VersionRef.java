package se.oroshub.registryserver.internal;

import java.util.OptionalInt;

/** A version in a request path: a number from 1 to 2^31-1, or {@code latest} (also spelt {@code -1}). */
record VersionRef(OptionalInt number) {

    static final VersionRef LATEST = new VersionRef(OptionalInt.empty());

    static VersionRef parse(String text) {
        if ("latest".equals(text) || "-1".equals(text)) {
            return LATEST;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return new VersionRef(OptionalInt.of(value));
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed values
        }
        throw new RegistryException(
                ErrorCode.INVALID_VERSION,
                "The specified version '" + text
                        + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\".");
    }

    boolean isLatest() {
        return number.isEmpty();
    }
}
