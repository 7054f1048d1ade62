package se.oroshub.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each shared rule refuses what it forbids and lets through what it allows. */
class ArchitectureRulesTest {

    private static JavaClasses samples(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    @Test
    void anInternalPackageUsedFromOutsideItsOwnerIsRefused() {
        JavaClasses classes =
                samples("se.oroshub.architecture.samples.owner", "se.oroshub.architecture.samples.outsider");

        assertThatThrownBy(() -> ArchitectureRules.INTERNAL_PACKAGES_ARE_USED_ONLY_BY_THEIR_OWN_MODULE.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Intruder")
                .hasMessageContaining("samples.owner.internal is private to se.oroshub.architecture.samples.owner")
                .hasMessageNotContaining("Port.value");
    }

    @Test
    void anInternalPackageUsedByItsOwnerIsAllowed() {
        ArchitectureRules.INTERNAL_PACKAGES_ARE_USED_ONLY_BY_THEIR_OWN_MODULE.check(
                samples("se.oroshub.architecture.samples.owner"));
    }

    @Test
    void aCycleBetweenTwoPackagesOfAModuleIsFound() {
        JavaClasses classes = samples("se.oroshub.architecture.samples.cycle");

        assertThatThrownBy(() -> ArchitectureRules.packagesBelowFormNoCycle("se.oroshub.architecture.samples.cycle")
                        .check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("samples.cycle.left")
                .hasMessageContaining("samples.cycle.right");
    }

    @Test
    void productionCodeUsingATestLibraryIsRefused() {
        assertThatThrownBy(() -> ArchitectureRules.PRODUCTION_CODE_USES_NO_TEST_FIXTURES.check(
                        samples("se.oroshub.architecture.samples.leaky")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesAFixture");
    }

    @Test
    void theOwnerOfAnInternalPackageIsThePackageAboveIt() {
        assertThat(ArchitectureRules.ownerOfInternal("se.oroshub.connector.support.internal"))
                .contains("se.oroshub.connector.support");
        assertThat(ArchitectureRules.ownerOfInternal("se.oroshub.connector.support.internal.kafka"))
                .contains("se.oroshub.connector.support");
        assertThat(ArchitectureRules.ownerOfInternal("se.oroshub.connector.internalaffairs"))
                .isEmpty();
    }

    @Test
    void aPackageWithoutPackageInfoOrWithoutANamedTestIsReported(@TempDir Path module) throws IOException {
        Path main = module.resolve("src/main/java");
        Path test = module.resolve("src/test/java");
        write(main.resolve("a/Documented.java"), "package a; class Documented {}");
        write(main.resolve("a/package-info.java"), "/** What a is. Guarded by {@code DocumentedTest}. */ package a;");
        write(test.resolve("a/DocumentedTest.java"), "package a; class DocumentedTest {}");
        write(main.resolve("b/Undocumented.java"), "package b; class Undocumented {}");
        write(main.resolve("c/Unguarded.java"), "package c; class Unguarded {}");
        write(main.resolve("c/package-info.java"), "/** What c is. */ package c;");
        write(main.resolve("d/Misnamed.java"), "package d; class Misnamed {}");
        write(main.resolve("d/package-info.java"), "/** Guarded by {@code GoneIT}. */ package d;");
        write(main.resolve("e/Shouting.java"), "package e; class Shouting {}");
        write(
                main.resolve("e/package-info.java"),
                "/** Writes to AUDIT; a word ending in IT is no test. */ package e;");

        assertThat(PackageDocumentation.problems(main, module))
                .containsExactly(
                        "b has no package-info.java",
                        "c: package-info.java names no test that guards the package",
                        "d: package-info.java names GoneIT, which does not exist",
                        "e: package-info.java names no test that guards the package");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
