package se.oroshub.connector.socialservices.delivery;

import java.util.List;

/**
 * The JSON body of {@code POST {base}/api/v1/concern-reports}: the routed report as the case-management system
 * receives it (contract v1, see {@code docs/case-management-contract.md}). Timestamps are ISO-8601 instants in UTC,
 * dates ISO-8601 dates; absent values are {@code null}.
 */
public record CaseReportDocument(
        String reportId,
        String municipalityCode,
        String routingBasis,
        String acceptedAt,
        String routedAt,
        String contentDigest,
        boolean acute,
        List<String> acuteReasons,
        boolean receivedOutsideOfficeHours,
        String afterHoursDestination,
        Deadlines deadlines,
        EarlierReports earlierReports,
        Reporter reporter,
        Child child,
        List<Observation> observations,
        Urgency urgency,
        List<Attachment> attachments) {

    /** When the protective and the preliminary assessment are due. */
    public record Deadlines(String protectiveAssessmentDue, String preliminaryAssessmentDue) {}

    /** Earlier reports about the same child to the same municipality within the window. */
    public record EarlierReports(int count, List<String> reportIds, int windowDays) {}

    /** Who reported; the organisation is absent for private and anonymous reporters. */
    public record Reporter(
            String kind, Organisation organisation, String name, String role, String phone, String email) {}

    /** A reporting organisation by its typed id. */
    public record Organisation(String scheme, String value, String name, String functionAddress) {}

    /** The child. */
    public record Child(
            String personalIdentityNumber,
            String givenName,
            String familyName,
            String dateOfBirth,
            String municipalityOfRegistration,
            String currentMunicipality,
            String whereabouts) {}

    /** What the reporter saw or heard. */
    public record Observation(String category, String observedAt, String description) {}

    /** The reporter's urgency flags. */
    public record Urgency(boolean reporterMarkedAcute, boolean immediateDanger) {}

    /** An attachment by reference. */
    public record Attachment(String uri, String mediaType, String sha256, long sizeBytes, String title) {}
}
