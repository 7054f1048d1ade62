package se.oroshub.issuer;

/** The claims the issuer adds to ID and access tokens; the connectors read them under the same names by default. */
public final class IssuerClaims {

    /** The person's (or the system's) name. */
    public static final String NAME = "name";
    /** The person's login name. */
    public static final String USERNAME = "preferred_username";
    /** The professional title, e.g. {@code Klasslärare}. */
    public static final String TITLE = "oroshub_title";
    /** The access roles, a list such as {@code ["reporter"]} or {@code ["case-system"]}. */
    public static final String ROLES = "oroshub_role";
    /** The organisation, {@code SCHEME:value}, e.g. {@code SCHOOL_UNIT_CODE:29837461}. */
    public static final String ORGANISATION = "oroshub_org";

    private IssuerClaims() {}
}
