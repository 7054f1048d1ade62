package se.oroshub.connector.police;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering inside the police connector, as its package documentation states it. */
class PoliceConnectorBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.oroshub.connector.police");
    }

    @Test
    void theDocumentPackageUsesNeitherSpringNorKafka() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.connector.police.document..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "jakarta.servlet..")
                .because("reading and mapping a document are plain functions, tested without a framework")
                .check(classes);
    }

    @Test
    void theChannelsReachTheHubOnlyThroughTheDocumentIntake() {
        noClasses()
                .that()
                .resideInAnyPackage("se.oroshub.connector.police.http..", "se.oroshub.connector.police.dropdir..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka..")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("IntakePublisher")
                .because("HTTP and the transfer directory must accept exactly the same documents, by one path")
                .check(classes);
    }

    @Test
    void theChannelsDoNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.connector.police.http..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.oroshub.connector.police.dropdir..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("se.oroshub.connector.police.dropdir..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.oroshub.connector.police.http..")
                .check(classes);
    }
}
