package se.oroshub.schemas.registry;

import java.util.List;

/**
 * The answer to a compatibility test.
 *
 * @param compatible whether the schema may be registered under the subject
 * @param messages   why not, one line per incompatibility (empty when compatible, or when the registry gave none)
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(messages);
    }

    public static CompatibilityResult ok() {
        return new CompatibilityResult(true, List.of());
    }
}
