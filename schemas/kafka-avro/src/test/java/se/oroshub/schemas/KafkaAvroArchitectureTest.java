package se.oroshub.schemas;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the Kafka plumbing of the contracts. */
class KafkaAvroArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.schemas";
    }
}
