package se.oroshub.connector.reporting;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the reporting connectors' support. */
class ReportingArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.connector.reporting";
    }
}
