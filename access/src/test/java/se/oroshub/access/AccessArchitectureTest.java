package se.oroshub.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the access module, and the purity of its model. */
class AccessArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.access";
    }

    @Test
    void theAccessModelIsPure() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.access.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.kafka..", "org.springframework..", "org.yaml..", "org.bouncycastle..", "picocli..")
                .because("who may do what is a plain function of the access file and the topic layout")
                .check(classes());
    }
}
