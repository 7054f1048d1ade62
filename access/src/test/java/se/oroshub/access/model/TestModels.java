package se.oroshub.access.model;

import java.util.List;
import se.oroshub.access.model.AccessModel.Hub;
import se.oroshub.access.model.AccessModel.Organisation;
import se.oroshub.access.model.AccessModel.ReportingConnector;
import se.oroshub.access.model.AccessModel.SocialServices;

/** Access models for the tests: the local runtime's principals, and variations of them. */
public final class TestModels {

    public static final String HUB = "oroshub-hub";
    public static final String REGISTRY = "oroshub-registry";
    public static final String OPERATOR = "oroshub-operator";
    public static final String SCHOOL = "oroshub-connector-school";
    public static final String HEALTHCARE = "oroshub-connector-healthcare";
    public static final String STOCKHOLM = "oroshub-social-services-stockholm";
    public static final String GOTEBORG = "oroshub-social-services-goteborg";

    public static final Organisation KVARNBACKA = new Organisation("SCHOOL_UNIT_CODE", "29837461");
    public static final Organisation BVC = new Organisation("HSA_ID", "SE1234567890-BVC1");

    private TestModels() {}

    public static ReportingConnector school() {
        return new ReportingConnector(SCHOOL, "school", List.of(KVARNBACKA));
    }

    public static ReportingConnector healthcare() {
        return new ReportingConnector(HEALTHCARE, "healthcare", List.of(BVC));
    }

    public static SocialServices stockholm() {
        return new SocialServices(STOCKHOLM, "social-services", List.of("0180"), List.of("jour-stockholm"));
    }

    public static SocialServices goteborg() {
        return new SocialServices(GOTEBORG, "social-services", List.of("1480"), List.of());
    }

    public static AccessModel model(List<ReportingConnector> connectors, List<SocialServices> socialServices) {
        return new AccessModel(new Hub(HUB, "oroshub-hub"), REGISTRY, OPERATOR, connectors, socialServices);
    }

    /** Two reporting connectors and two social-services deployments (Stockholm with an after-hours service). */
    public static AccessModel twoOfEach() {
        return model(List.of(school(), healthcare()), List.of(stockholm(), goteborg()));
    }
}
