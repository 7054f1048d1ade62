package se.oroshub.system.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;

/**
 * The module boundaries of the hub, checked over the production classes of every module on one classpath:
 * <ul>
 *   <li>the hub's rules are pure: no Spring, no Kafka, no I/O frameworks, so they are plain functions;</li>
 *   <li>a connector never uses another connector, and never reaches into the hub: connectors meet the hub only through
 *       the topics and contracts in {@code schemas};</li>
 *   <li>the contracts depend on nothing of the hub or the connectors.</li>
 * </ul>
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.oroshub");
    }

    @Test
    void everyModuleIsOnTheClasspath() {
        for (String pkg : new String[] {
            "se.oroshub.hub.rules",
            "se.oroshub.hub",
            "se.oroshub.schemas",
            "se.oroshub.connector.support",
            "se.oroshub.connector.reporting",
            "se.oroshub.connector.school",
            "se.oroshub.connector.healthcare",
            "se.oroshub.connector.police",
            "se.oroshub.connector.socialservices",
            "se.oroshub.access"
        }) {
            assertThat(classes.containPackage(pkg))
                    .as("package %s imported", pkg)
                    .isTrue();
        }
    }

    @Test
    void hubRulesImportNeitherSpringNorKafka() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.hub.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "jakarta.servlet..", "java.net.http..")
                .because("the rules are pure functions, testable in a millisecond without a framework or a broker")
                .check(classes);
    }

    @Test
    void hubRulesDependOnlyOnTheContractsAndTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.hub.rules..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "se.oroshub.hub.rules..",
                        "se.oroshub.schemas.avro..",
                        "se.oroshub.schemas.identity..",
                        "se.oroshub.schemas.digest..",
                        "se.oroshub.schemas.reference..",
                        "se.oroshub.schemas.validation..",
                        "se.oroshub.schemas.law..",
                        "se.oroshub.schemas.time..",
                        "java..",
                        "javax.crypto..",
                        "org.apache.avro..")
                .because("the rules see the world only through the contracts; the application adapts them to Kafka")
                .check(classes);
    }

    @Test
    void connectorsDoNotUseEachOther() {
        slices().matching("se.oroshub.connector.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(
                        DescribedPredicate.alwaysTrue(),
                        resideInAnyPackage("se.oroshub.connector.support..", "se.oroshub.connector.reporting.."))
                .because("each agency's connector is deployed on its own; shared code belongs in the support module,"
                        + " or in the reporting module when only the reporting connectors need it")
                .check(classes);
    }

    @Test
    void theSupportModuleServesEveryConnectorAndKnowsNothingOfReporting() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.connector.support..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.oroshub.connector.reporting..")
                .because("the social-services connector uses the support module without the reporting one")
                .check(classes);
    }

    @Test
    void theSocialServicesConnectorReportsNothingSoItUsesNoReportingCode() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.connector.socialservices..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.oroshub.connector.reporting..")
                .because("social services receive reports; the intake publisher and the feedback inbox are not theirs")
                .check(classes);
    }

    @Test
    void eachConnectorWiresItselfInOneConfigurationClassInItsConfigPackage() {
        for (String connector : List.of("school", "healthcare", "police", "socialservices")) {
            String root = "se.oroshub.connector." + connector;
            List<JavaClass> configurations = classes.stream()
                    .filter(c -> c.getPackageName().equals(root)
                            || c.getPackageName().startsWith(root + "."))
                    .filter(c -> c.isAnnotatedWith(Configuration.class))
                    .toList();
            assertThat(configurations)
                    .as("the configuration classes of %s", root)
                    .singleElement()
                    .satisfies(c -> assertThat(c.getPackageName()).isEqualTo(root + ".config"));
        }
    }

    @Test
    void noConnectorPackageDependsOnTheWiring() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.connector..")
                .and()
                .resideOutsideOfPackage("se.oroshub.connector.*.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.oroshub.connector.*.config..")
                .because("the wiring may use every package of its connector; a package gets its settings injected,"
                        + " as types of its own")
                .check(classes);
    }

    @Test
    void thePackagesOfEachConnectorAreFreeOfCycles() {
        slices().matching("se.oroshub.connector.(*).(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void connectorsNeverReachIntoTheHub() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.connector..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.oroshub.hub..")
                .because("connectors meet the hub only through the topics and contracts in schemas")
                .check(classes);
    }

    @Test
    void accessControlDependsOnNothingOfTheHubOrTheConnectors() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.access..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("se.oroshub.hub..", "se.oroshub.connector..", "se.oroshub.testsupport..")
                .because("who may do what follows from the access file and the topic layout in the contracts alone")
                .check(classes);
    }

    @Test
    void contractsDependOnNothingOfTheHubOrTheConnectors() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.schemas..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("se.oroshub.hub..", "se.oroshub.connector..")
                .check(classes);
    }
}
