package se.oroshub.registryserver;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the registry server. */
class RegistryServerArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.registryserver";
    }
}
