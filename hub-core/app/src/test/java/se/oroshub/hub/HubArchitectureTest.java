package se.oroshub.hub;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the hub's Kafka Streams application. */
class HubArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.hub";
    }
}
