package se.oroshub.benchmarks;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the benchmark driver. */
class BenchmarksArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.benchmarks";
    }
}
