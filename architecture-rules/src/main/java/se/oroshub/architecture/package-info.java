/**
 * The boundaries every module keeps, as one set of ArchUnit rules ({@link se.oroshub.architecture.ArchitectureRules})
 * and one documentation check ({@link se.oroshub.architecture.PackageDocumentation}), run by each module's
 * {@code <Module>ArchitectureTest} through {@link se.oroshub.architecture.ModuleArchitectureTest}. The rules
 * themselves are tested on sample classes by {@code ArchitectureRulesTest}.
 */
package se.oroshub.architecture;
