package se.oroshub.hub.topology;

/**
 * The key of a routed report on its way to linking: the municipality and the child's keyed pseudonym, so that every
 * report about one child at one municipality meets in one task. A report without a usable identity number is keyed by
 * municipality and report id instead and passes through unlinked. The key never holds an identity number.
 */
final class LinkKey {

    private static final String CHILD = "/child/";
    private static final String UNLINKED = "/unlinked/";

    private LinkKey() {}

    static String child(String municipalityCode, String pseudonym) {
        return municipalityCode + CHILD + pseudonym;
    }

    static String unlinked(String municipalityCode, String reportId) {
        return municipalityCode + UNLINKED + reportId;
    }

    static boolean isChild(String key) {
        return key.contains(CHILD);
    }
}
