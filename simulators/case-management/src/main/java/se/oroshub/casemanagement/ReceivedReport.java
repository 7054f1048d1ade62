package se.oroshub.casemanagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A report as the case-management system registered it, with the status events its case officers sent back.
 */
public final class ReceivedReport {

    private final String reportId;
    private final String systemReference;
    private final Instant receivedAt;
    private final JsonNode body;
    private final List<String> sentEvents = new ArrayList<>();

    /**
     * @param reportId        the hub's report id
     * @param systemReference the case reference this system handed out
     * @param receivedAt      when it was registered
     * @param body            the delivered JSON, as received
     */
    public ReceivedReport(String reportId, String systemReference, Instant receivedAt, JsonNode body) {
        this.reportId = reportId;
        this.systemReference = systemReference;
        this.receivedAt = receivedAt;
        this.body = body;
    }

    public String reportId() {
        return reportId;
    }

    public String systemReference() {
        return systemReference;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public JsonNode body() {
        return body;
    }

    public boolean acute() {
        return body.path("acute").asBoolean(false);
    }

    public String municipalityCode() {
        return body.path("municipalityCode").asString("");
    }

    public String protectiveAssessmentDue() {
        return body.path("deadlines").path("protectiveAssessmentDue").asString("");
    }

    public String childName() {
        JsonNode child = body.path("child");
        return (child.path("givenName").asString("") + " "
                        + child.path("familyName").asString(""))
                .trim();
    }

    /** The types of the status events posted for this report, in order. */
    public synchronized List<String> sentEventsSnapshot() {
        return List.copyOf(sentEvents);
    }

    synchronized void recordSent(String type) {
        sentEvents.add(type);
    }
}
