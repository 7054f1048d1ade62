package se.oroshub.testsupport;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the test support. */
class TestSupportArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.testsupport";
    }
}
