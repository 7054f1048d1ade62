package se.oroshub.hub.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.identity.PersonalIdentityNumber;

/**
 * Keeps the rules pure beyond the boundaries every module keeps ({@link RulesArchitectureTest}, which also forbids
 * Spring and Kafka): the contracts are their only dependency in the project, no rule reads the clock, and no rule holds
 * mutable static state.
 */
class RulesBoundaryTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.oroshub.hub.rules");

    @Test
    void rulesDependOnTheContractsOnly() {
        noClasses()
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("se.oroshub..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages(
                                "se.oroshub.schemas..", "se.oroshub.hub.rules..")))
                .check(RULES);
    }

    @Test
    void rulesNeverReadTheSystemClock() {
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(PersonalIdentityNumber.class, "parse", String.class)
                .because("time is passed in; PersonalIdentityNumber.parse(String) reads today's date")
                .check(RULES);
    }

    @Test
    void rulesHoldNoMutableStaticState() {
        fields().that().areStatic().should().beFinal().check(RULES);
    }
}
