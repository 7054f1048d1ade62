package se.oroshub.access.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import se.oroshub.access.model.AccessPlan;
import se.oroshub.access.model.Grant;
import se.oroshub.access.model.Permission;

/** The plan as the broker's ACL bindings, and the one way they are brought in line with it. */
public final class KafkaAcls {

    /** The principal type of a client authenticated by its certificate, its CN mapped to the name. */
    public static final String USER = "User:";

    private static final String ANY_HOST = "*";
    private static final String CLUSTER = "kafka-cluster";
    private static final long TIMEOUT_SECONDS = 60;

    private KafkaAcls() {}

    /** What {@link #apply} did. */
    public record Changes(List<AclBinding> created, List<AclBinding> deleted) {
        public boolean none() {
            return created.isEmpty() && deleted.isEmpty();
        }
    }

    /** The binding of one grant. */
    public static AclBinding binding(Grant grant) {
        ResourceType type = ResourceType.valueOf(grant.resourceType().name());
        String name = type == ResourceType.CLUSTER ? CLUSTER : grant.name();
        return new AclBinding(
                new ResourcePattern(
                        type, name, PatternType.valueOf(grant.patternType().name())),
                new AccessControlEntry(
                        USER + grant.principal(),
                        ANY_HOST,
                        AclOperation.valueOf(grant.operation().name()),
                        grant.permission() == Permission.ALLOW ? AclPermissionType.ALLOW : AclPermissionType.DENY));
    }

    /** The bindings of the whole plan. */
    public static Set<AclBinding> bindings(AccessPlan plan) {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        plan.grants().forEach(grant -> bindings.add(binding(grant)));
        return bindings;
    }

    /** Whether a binding belongs to a principal the access file manages. */
    public static boolean managed(AclBinding binding) {
        String principal = binding.entry().principal();
        return principal.startsWith(USER) && AccessPlan.manages(principal.substring(USER.length()));
    }

    /**
     * Makes the cluster's ACLs of the managed principals exactly the plan's: creates what is missing, deletes what the
     * plan no longer grants (also every binding of a principal no longer in the file). Bindings of other principals
     * are left alone.
     */
    public static Changes apply(Admin admin, AccessPlan plan) {
        Set<AclBinding> desired = bindings(plan);
        Set<AclBinding> existing = new LinkedHashSet<>();
        for (AclBinding binding : await(admin.describeAcls(AclBindingFilter.ANY).values(), "listing the ACLs")) {
            if (managed(binding)) {
                existing.add(binding);
            }
        }
        List<AclBinding> create =
                sorted(desired.stream().filter(b -> !existing.contains(b)).toList());
        List<AclBinding> delete =
                sorted(existing.stream().filter(b -> !desired.contains(b)).toList());
        if (!create.isEmpty()) {
            await(admin.createAcls(create).all(), "creating " + create.size() + " ACLs");
        }
        if (!delete.isEmpty()) {
            List<AclBindingFilter> filters = new ArrayList<>();
            delete.forEach(b -> filters.add(b.toFilter()));
            await(admin.deleteAcls(filters).all(), "deleting " + delete.size() + " ACLs");
        }
        return new Changes(create, delete);
    }

    private static List<AclBinding> sorted(Collection<AclBinding> bindings) {
        return bindings.stream()
                .sorted(Comparator.comparing((AclBinding b) -> b.entry().principal())
                        .thenComparing(b -> b.pattern().resourceType())
                        .thenComparing(b -> b.pattern().name())
                        .thenComparing(b -> b.entry().operation()))
                .toList();
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + " timed out after " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        }
    }

    /** One line per change, for the operator: {@code + User:oroshub-hub READ TOPIC oroshub.audit (LITERAL)}. */
    public static List<String> describe(Changes changes) {
        List<String> lines = new ArrayList<>();
        changes.created().forEach(b -> lines.add("+ " + line(b)));
        changes.deleted().forEach(b -> lines.add("- " + line(b)));
        return lines;
    }

    private static String line(AclBinding b) {
        return b.entry().principal() + " " + b.entry().permissionType() + " "
                + b.entry().operation() + " " + b.pattern().resourceType() + " "
                + b.pattern().name() + " (" + b.pattern().patternType() + ")";
    }
}
