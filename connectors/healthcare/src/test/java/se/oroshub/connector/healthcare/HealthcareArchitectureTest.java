package se.oroshub.connector.healthcare;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the healthcare connector. */
class HealthcareArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.connector.healthcare";
    }
}
