package se.oroshub.access.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import se.oroshub.access.model.AccessPlan;
import se.oroshub.access.model.Grant;
import se.oroshub.access.model.Operation;
import se.oroshub.access.model.TestModels;

class KafkaAclsTest {

    @Test
    void aGrantBecomesAnAllowingBindingForTheCertificatesUserOnAnyHost() {
        AclBinding binding = KafkaAcls.binding(Grant.allow(
                "oroshub-hub",
                se.oroshub.access.model.ResourceType.TRANSACTIONAL_ID,
                "oroshub-hub-",
                se.oroshub.access.model.PatternType.PREFIXED,
                Operation.WRITE));
        assertThat(binding)
                .isEqualTo(new AclBinding(
                        new ResourcePattern(ResourceType.TRANSACTIONAL_ID, "oroshub-hub-", PatternType.PREFIXED),
                        new AccessControlEntry("User:oroshub-hub", "*", AclOperation.WRITE, AclPermissionType.ALLOW)));
    }

    @Test
    void everyGrantOfThePlanIsOneBinding() {
        AccessPlan plan = AccessPlan.of(TestModels.twoOfEach());
        Set<AclBinding> bindings = KafkaAcls.bindings(plan);
        assertThat(bindings).hasSize(plan.grants().size()).allMatch(KafkaAcls::managed);
    }

    @Test
    void onlyPrincipalsWithTheManagedPrefixAreManaged() {
        AclBinding other = new AclBinding(
                new ResourcePattern(ResourceType.TOPIC, "t", PatternType.LITERAL),
                new AccessControlEntry("User:kafka-exporter", "*", AclOperation.DESCRIBE, AclPermissionType.ALLOW));
        assertThat(KafkaAcls.managed(other)).isFalse();
    }
}
