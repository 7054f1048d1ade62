package se.oroshub.connector.socialservices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The connector's own layering, and its place among the modules: contracts and the support module only. */
class BoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.oroshub.connector.socialservices");

    @Test
    void theConnectorUsesNeitherTheHubNorAnotherConnector() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "se.oroshub.hub..",
                        "se.oroshub.connector.school..",
                        "se.oroshub.connector.healthcare..",
                        "se.oroshub.connector.police..",
                        "se.oroshub.casemanagement..")
                .check(CLASSES);
    }

    @Test
    void deliveryStatusApiAndInboxDoNotReachIntoEachOther() {
        noClasses()
                .that()
                .resideInAPackage("..socialservices.delivery..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..socialservices.inbox..", "..socialservices.statusapi..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("..socialservices.inbox..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..socialservices.delivery..", "..socialservices.statusapi..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("..socialservices.statusapi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..socialservices.delivery..", "..socialservices.inbox..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheWiring() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..socialservices.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..socialservices.config..")
                .because("the wiring may use every package; a package gets its settings injected, as types of its own")
                .check(CLASSES);
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().matching("se.oroshub.connector.socialservices.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void onlyTheWiringUsesTheSupportModulesInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..socialservices.config..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.oroshub.connector.support.internal..")
                .check(CLASSES);
    }
}
