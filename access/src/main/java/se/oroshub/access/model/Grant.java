package se.oroshub.access.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One access control entry: {@code principal} may perform {@code operation} on the resource of {@code resourceType}
 * named {@code name} (the whole name, or a prefix).
 *
 * @param principal the principal's name, the common name of its certificate (without Kafka's {@code User:})
 */
public record Grant(
        String principal,
        ResourceType resourceType,
        String name,
        PatternType patternType,
        Operation operation,
        Permission permission) {

    /** The order grants are listed in: by principal, resource and operation. */
    public static final Comparator<Grant> ORDER = Comparator.comparing(Grant::principal)
            .thenComparing(Grant::resourceType)
            .thenComparing(Grant::name)
            .thenComparing(Grant::patternType)
            .thenComparing(Grant::operation)
            .thenComparing(Grant::permission);

    public Grant {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patternType, "patternType");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(permission, "permission");
    }

    /** An allowing grant. */
    public static Grant allow(
            String principal, ResourceType type, String name, PatternType patternType, Operation operation) {
        return new Grant(principal, type, name, patternType, operation, Permission.ALLOW);
    }

    @Override
    public String toString() {
        return permission + " " + principal + " " + operation + " " + resourceType + " " + name
                + (patternType == PatternType.PREFIXED ? "*" : "");
    }
}
