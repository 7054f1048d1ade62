package se.oroshub.connector.school;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the school connector. */
class SchoolArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.connector.school";
    }
}
