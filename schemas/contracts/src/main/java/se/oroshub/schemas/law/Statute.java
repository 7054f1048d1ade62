package se.oroshub.schemas.law;

/**
 * The one table of statutory references behind the hub's rules. Rules, Javadoc and any user-facing text refer to
 * an entry here instead of spelling a section number themselves, so a reference that changes (the Social Services
 * Act was replaced by SoL (2025:400) on 1 July 2025, and most sections were renumbered) is corrected in one place.
 *
 * <p>"Old SoL" is Socialtjänstlagen (2001:453), whose section numbers are the ones case law and guidance still use.
 * An entry whose {@link #verified()} is {@code false} has a section number that has not been read from the statute
 * (SFS 2025:400 and the comparison table of prop. 2024/25:89); it must be checked before it appears in
 * user-facing text.
 */
public enum Statute {

    /** Mandatory reporters must report "genast" when they learn of or suspect that a child is harmed. */
    DUTY_TO_REPORT("SoL (2001:453) 14 kap. 1 §", "Duty to report (anmälningsskyldighet)", true),

    /** Social services may tell a mandatory reporter whether an investigation was opened, not opened or is ongoing. */
    REPORTER_FEEDBACK("SoL (2001:453) 14 kap. 1 b §", "Feedback to a mandatory reporter (återkoppling)", true),

    /** Secrecy does not prevent the feedback of {@link #REPORTER_FEEDBACK}. */
    FEEDBACK_SECRECY_EXCEPTION("OSL (2009:400) 26 kap. 9 a §", "Secrecy exception for the feedback", true),

    /** Anyone else may report; a private person may be anonymous and receives no feedback. */
    RIGHT_TO_REPORT("SoL (2001:453) 14 kap. 1 c §", "Private persons may report", true),

    /** Social services secrecy: report content reaches no party other than the responsible social services. */
    SOCIAL_SERVICES_SECRECY("OSL (2009:400) 26 kap. 1 §", "Social services secrecy", true),

    /** A duty to report breaks the reporter's own secrecy. */
    DUTY_TO_REPORT_BREAKS_SECRECY("OSL (2009:400) 10 kap. 28 §", "Duty to report breaks secrecy", true),

    /** The protective assessment is made at once: the same day, or the next day for a report arriving late. */
    PROTECTIVE_ASSESSMENT("SoL (2001:453) 11 kap. 1 a §", "Protective assessment (skyddsbedömning)", true),

    /** The decision whether to open an investigation is taken within 14 days of receipt. */
    PRELIMINARY_ASSESSMENT("SoL (2025:400) 20 kap. 2 §", "Preliminary assessment (förhandsbedömning)", true),

    /** An investigation is conducted "skyndsamt" and finished within four months. */
    INVESTIGATION_TIME_LIMIT("SoL (2001:453) 11 kap. 2 §", "Investigation time limit", true),

    /**
     * Since 1 July 2025 reports are searchable, so the receiving social services may see a child's earlier reports.
     * The section of SoL (2025:400) that says so has not been read from the statute.
     */
    SEARCHABLE_REPORTS("SoL (2025:400)", "Reports searchable by social services", false),

    /** An incoming document is registered no later than the next working day. Section number unverified. */
    REGISTRATION_OF_DOCUMENTS("OSL (2009:400) 5 kap. 1 §", "Registration of incoming documents", false),

    /** Access and decision logging as healthcare does it: action, unit, time, user, subject; kept at least 5 years. */
    ACCESS_LOGGING("HSLF-FS 2016:40 4 kap. 9 §", "Logging of access", true),

    /**
     * A proposal, not law: feedback to the mandatory reporter would become mandatory within a set time, and the
     * feedback would be secret at the reporter's organisation. The hub therefore keeps the feedback deadline in
     * configuration, off by default.
     */
    PROPOSED_MANDATORY_FEEDBACK("prop. 2025/26:12", "Proposed mandatory feedback within a set time", false);

    private final String citation;
    private final String subject;
    private final boolean verified;

    Statute(String citation, String subject, boolean verified) {
        this.citation = citation;
        this.subject = subject;
        this.verified = verified;
    }

    /** The citation, e.g. {@code SoL (2001:453) 14 kap. 1 b §}. */
    public String citation() {
        return citation;
    }

    /** What the provision is about, in a few words. */
    public String subject() {
        return subject;
    }

    /** Whether the section number has been read from the statute ({@code false}: check before showing it to users). */
    public boolean verified() {
        return verified;
    }

    /** The citation, with "(unverified)" appended where the section number has not been checked. */
    public String display() {
        return verified ? citation : citation + " (unverified)";
    }
}
