package se.oroshub.casemanagement;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the case-management simulator. */
class CaseManagementSimulatorArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.casemanagement";
    }
}
