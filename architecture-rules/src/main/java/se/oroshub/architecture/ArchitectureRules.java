package se.oroshub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The boundaries every module keeps, as ArchUnit rules that each module's own tests run against that module's
 * production classes (the Debezium pattern: one rules artifact, checked by every module). A module's test calls
 * {@link #productionClasses()} and checks each rule in a test named after it, so a broken boundary fails the build of
 * the module that broke it, naming the class and the dependency.
 */
public final class ArchitectureRules {

    /** A package named {@code internal} belongs to the package above it: nothing outside that package uses it. */
    public static final ArchRule INTERNAL_PACKAGES_ARE_USED_ONLY_BY_THEIR_OWN_MODULE = classes()
            .should(new ArchCondition<JavaClass>("use an internal package only from within the package that owns it") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        ownerOfInternal(dependency.getTargetClass().getPackageName())
                                .filter(owner -> !isWithin(origin.getPackageName(), owner))
                                .ifPresent(owner -> events.add(SimpleConditionEvent.violated(
                                        dependency,
                                        dependency.getDescription() + ", but " + owner + ".internal is private to "
                                                + owner)));
                    }
                }
            })
            .allowEmptyShould(true);

    /**
     * The hub's Kafka Streams topology and its state stores are plain code built by static methods, testable in
     * {@code TopologyTestDriver} without a Spring context: the Spring wiring lives in the hub's {@code config} and
     * {@code runtime} packages only.
     */
    public static final ArchRule HUB_TOPOLOGY_AND_STATE_USE_NO_SPRING = noClasses()
            .that()
            .resideInAnyPackage("se.oroshub.hub.topology..", "se.oroshub.hub.state..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .allowEmptyShould(true);

    /**
     * Test fixtures (synthetic identities and reports, the in-memory registry, the test brokers) never reach
     * production code: they live in test-jars and the test-support module, on test class paths only. The test support
     * itself and the benchmark driver are test tooling, deployed nowhere, and exempt.
     */
    public static final ArchRule PRODUCTION_CODE_USES_NO_TEST_FIXTURES = noClasses()
            .that()
            .resideOutsideOfPackages("se.oroshub.testsupport..", "se.oroshub.benchmarks..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "se.oroshub.schemas.fixtures..",
                    "se.oroshub.testsupport..",
                    "org.junit..",
                    "org.mockito..",
                    "org.assertj..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("se.oroshub.schemas.registry.MockSchemaRegistry")
            .allowEmptyShould(true);

    /** The pure rules of the hub use neither Spring nor Kafka: they are functions over the contracts. */
    public static final ArchRule HUB_RULES_USE_NEITHER_SPRING_NOR_KAFKA = noClasses()
            .that()
            .resideInAPackage("se.oroshub.hub.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "com.fasterxml.jackson..",
                    "io.github.resilience4j..")
            .allowEmptyShould(true);

    /** A connector reaches the hub through topics only, and never uses another connector. */
    public static final ArchRule CONNECTORS_NEVER_REACH_INTO_THE_HUB = noClasses()
            .that()
            .resideInAPackage("se.oroshub.connector..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("se.oroshub.hub..")
            .allowEmptyShould(true);

    private ArchitectureRules() {}

    /**
     * The top-level packages below {@code moduleRoot} form no cycle: {@code config} may use {@code delivery}, but then
     * {@code delivery} does not use {@code config}. Classes directly in {@code moduleRoot} (the application class, the
     * module's ports) are outside every slice.
     */
    public static ArchRule packagesBelowFormNoCycle(String moduleRoot) {
        return slices().matching(moduleRoot + ".(*)..")
                .namingSlices(moduleRoot + ".$1")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /**
     * The production classes of the module whose tests are running: its {@code target/classes}, found from Maven's
     * {@code basedir} (the working directory when that is not set).
     */
    public static JavaClasses productionClasses() {
        Path classes = Path.of(System.getProperty("basedir", ".")).resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("no compiled production classes at " + classes.toAbsolutePath());
        }
        return new ClassFileImporter().importPath(classes);
    }

    /** The package that owns the {@code internal} package {@code packageName} lies in, if it lies in one. */
    static Optional<String> ownerOfInternal(String packageName) {
        int at = (packageName + ".").indexOf(".internal.");
        return at < 0 ? Optional.empty() : Optional.of(packageName.substring(0, at));
    }

    private static boolean isWithin(String packageName, String owner) {
        return packageName.equals(owner) || packageName.startsWith(owner + ".");
    }
}
