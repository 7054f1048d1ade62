package se.oroshub.schemas;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the contracts. */
class ContractsArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.schemas";
    }
}
