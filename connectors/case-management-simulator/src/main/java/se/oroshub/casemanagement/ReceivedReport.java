package se.oroshub.casemanagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A report as the case-management system registered it, with the status events its case officers sent back.
 *
 * @param reportId        the hub's report id
 * @param systemReference the case reference this system handed out
 * @param receivedAt      when it was registered
 * @param body            the delivered JSON, as received
 * @param sentEvents      the status events posted to the connector for it, in order (type names only)
 */
public record ReceivedReport(String reportId, String systemReference, Instant receivedAt, JsonNode body,
                             List<String> sentEvents) {

    public ReceivedReport {
        sentEvents = new ArrayList<>(sentEvents);
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
        return (child.path("givenName").asString("") + " " + child.path("familyName").asString("")).trim();
    }

    synchronized void recordSent(String type) {
        sentEvents.add(type);
    }

    public synchronized List<String> sentEventsSnapshot() {
        return List.copyOf(sentEvents);
    }
}
