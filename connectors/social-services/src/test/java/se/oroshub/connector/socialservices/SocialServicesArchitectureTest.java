package se.oroshub.connector.socialservices;

import se.oroshub.architecture.ModuleArchitectureTest;

/** The shared boundaries, checked against the social-services connector. */
class SocialServicesArchitectureTest extends ModuleArchitectureTest {

    @Override
    protected String moduleRoot() {
        return "se.oroshub.connector.socialservices";
    }
}
