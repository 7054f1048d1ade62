package se.oroshub.connector.support;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the connector support. */
class SupportArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.connector.support";
    }
}
