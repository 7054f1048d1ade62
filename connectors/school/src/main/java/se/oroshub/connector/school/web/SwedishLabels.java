package se.oroshub.connector.school.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.InvestigationDecision;
import se.oroshub.schemas.time.SwedishTime;

/** The words the staff pages use for the contract's values. */
public final class SwedishLabels {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SwedishTime.ZONE);

    private SwedishLabels() {}

    public static String category(ConcernCategory category) {
        return switch (category) {
            case PHYSICAL_VIOLENCE -> "Fysiskt våld";
            case SEXUAL_ABUSE -> "Sexuella övergrepp";
            case NEGLECT -> "Försummelse";
            case PSYCHOLOGICAL_ABUSE -> "Psykisk misshandel";
            case WITNESSED_DOMESTIC_VIOLENCE -> "Bevittnat våld i nära relation";
            case SUBSTANCE_ABUSE_IN_HOME -> "Missbruk i hemmet";
            case HONOUR_RELATED -> "Hedersrelaterat våld och förtryck";
            case OWN_HARMFUL_BEHAVIOUR -> "Eget skadligt beteende";
            case ABSENCE_FROM_SCHOOL -> "Frånvaro från skolan";
            case OTHER -> "Annat";
        };
    }

    /** The three things social services may tell a reporter (old SoL 14 kap. 1 b §). */
    public static String decision(InvestigationDecision decision) {
        return switch (decision) {
            case OPENED -> "Utredning inledd";
            case NOT_OPENED -> "Utredning inleds inte";
            case ALREADY_ONGOING -> "Utredning pågår redan";
        };
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    public static String date(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
