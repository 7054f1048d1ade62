package se.oroshub.connector.school.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import se.oroshub.schemas.avro.ConcernCategory;

/**
 * A concern report as a school files it. Field names follow the contract, so a rejected field's path in the answer
 * ({@code child.personalIdentityNumber}, {@code observations[0].description}) is the path in this request too. The
 * reporting school unit is not part of the request: it is the signed-in user's organisation.
 *
 * @param reporter     the staff member reporting; name and role default to the signed-in user's
 * @param child        the child the report is about
 * @param observations what was seen or heard that prompted the report, at least one
 * @param urgency      whether the situation is acute
 */
@Schema(description = "A concern report (orosanmälan) filed by school staff")
public record SchoolReport(Reporter reporter, Child child, List<Observation> observations, Urgency urgency) {

    /**
     * @param name  the staff member's name; a mandatory reporter cannot be anonymous
     * @param role  the staff member's role, e.g. "Klasslärare", "Skolkurator"
     * @param phone a phone number social services may call back on
     * @param email an e-mail address
     */
    @Schema(description = "The staff member reporting; name and role default to the signed-in user's")
    public record Reporter(String name, String role, String phone, String email) {}

    /**
     * @param personalIdentityNumber     personnummer or samordningsnummer: YYYYMMDDNNNC, YYYYMMDD-NNNC or YYMMDD-NNNC
     * @param givenName                  the child's given name
     * @param familyName                 the child's family name
     * @param municipalityOfRegistration the official four-digit code of the municipality where the child is registered
     * @param whereabouts                where the child is now, if it matters
     */
    @Schema(description = "The child the report is about")
    public record Child(
            @Schema(example = "20150412-9982") String personalIdentityNumber,
            String givenName,
            String familyName,
            @Schema(example = "0180") String municipalityOfRegistration,
            String whereabouts) {}

    /**
     * @param category    the kind of concern
     * @param observedAt  when it was observed, with offset, e.g. 2026-11-23T08:15:00+01:00
     * @param description what was observed, in the reporter's words (facts, not conclusions)
     */
    @Schema(description = "Something the reporter saw or heard")
    public record Observation(ConcernCategory category, OffsetDateTime observedAt, String description) {}

    /**
     * @param reporterMarkedAcute the reporter considers the situation acute
     * @param immediateDanger     the child is in immediate danger now
     */
    @Schema(description = "Urgency flags")
    public record Urgency(boolean reporterMarkedAcute, boolean immediateDanger) {}
}
