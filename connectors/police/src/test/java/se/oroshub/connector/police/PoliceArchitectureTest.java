package se.oroshub.connector.police;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the police connector. */
class PoliceArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.connector.police";
    }
}
