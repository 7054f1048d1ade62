package se.oroshub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shared boundary tests, run by every module: a module's {@code <Module>ArchitectureTest} extends this class,
 * names its root package, and adds the rules only it has. Each rule of {@link ArchitectureRules} is checked against
 * the module's own production classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureTest {

    private JavaClasses classes;

    /** The module's root package, e.g. {@code se.oroshub.connector.school}. */
    protected abstract String moduleRoot();

    /** The module's production classes, imported once per test class. */
    protected final JavaClasses classes() {
        return classes;
    }

    @BeforeAll
    void importProductionClasses() {
        classes = ArchitectureRules.productionClasses();
    }

    @Test
    void internalPackagesAreUsedOnlyByTheirOwnModule() {
        ArchitectureRules.INTERNAL_PACKAGES_ARE_USED_ONLY_BY_THEIR_OWN_MODULE.check(classes);
    }

    @Test
    void productionCodeUsesNoTestFixtures() {
        ArchitectureRules.PRODUCTION_CODE_USES_NO_TEST_FIXTURES.check(classes);
    }

    @Test
    void hubTopologyAndStateUseNoSpring() {
        ArchitectureRules.HUB_TOPOLOGY_AND_STATE_USE_NO_SPRING.check(classes);
    }

    @Test
    void hubRulesUseNeitherSpringNorKafka() {
        ArchitectureRules.HUB_RULES_USE_NEITHER_SPRING_NOR_KAFKA.check(classes);
    }

    @Test
    void connectorsNeverReachIntoTheHub() {
        ArchitectureRules.CONNECTORS_NEVER_REACH_INTO_THE_HUB.check(classes);
    }

    @Test
    void packagesOfTheModuleFormNoCycle() {
        ArchitectureRules.packagesBelowFormNoCycle(moduleRoot()).check(classes);
    }

    @Test
    void everyPackageSaysWhatItIsAndNamesTheTestThatGuardsIt() {
        assertThat(PackageDocumentation.problems()).isEmpty();
    }

    @Test
    void theModuleHoldsOnlyItsOwnPackages() {
        assertThat(classes.stream().map(c -> c.getPackageName()).distinct())
                .as("every production package lies below %s", moduleRoot())
                .allMatch(pkg -> pkg.equals(moduleRoot()) || pkg.startsWith(moduleRoot() + "."));
    }
}
