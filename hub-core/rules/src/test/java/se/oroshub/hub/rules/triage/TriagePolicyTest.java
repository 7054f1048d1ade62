package se.oroshub.hub.rules.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;
import static se.oroshub.schemas.fixtures.TestReport.WEDNESDAY_MORNING;
import static se.oroshub.schemas.fixtures.TestReport.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.avro.AcuteReason;
import se.oroshub.schemas.avro.ConcernCategory;
import se.oroshub.schemas.avro.Triage;
import se.oroshub.schemas.fixtures.SyntheticIdentities;
import se.oroshub.schemas.time.SwedishTime;

class TriagePolicyTest {

    /** Wednesday 11 March 2026, 10:30 local. */
    private static final Instant OFFICE = WEDNESDAY_MORNING;
    /** Saturday 14 March 2026, 02:00 local. */
    private static final Instant NIGHT =
            LocalDateTime.parse("2026-03-14T02:00").atZone(SwedishTime.ZONE).toInstant();

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    private final TriagePolicy policy = new TriagePolicy(TriageConfig.defaults());

    private Triage triage(se.oroshub.schemas.fixtures.TestReport builder, Instant at) {
        return policy.triage(builder.submittedAt(at).build(), STOCKHOLM, at);
    }

    @Test
    void reportWithoutAcuteSignsIsNotAcute() {
        Triage triage =
                triage(report().observations(ConcernCategory.NEGLECT, ConcernCategory.ABSENCE_FROM_SCHOOL), NIGHT);
        assertThat(triage.getAcute()).isFalse();
        assertThat(triage.getReasons()).isEmpty();
        assertThat(triage.getReceivedOutsideOfficeHours()).isTrue();
        assertThat(triage.getAfterHoursDestination()).isNull();
    }

    @Test
    void childInImmediateDangerIsAcute() {
        assertThat(triage(report().immediateDanger(true), OFFICE).getReasons())
                .containsExactly(AcuteReason.IMMEDIATE_DANGER);
    }

    @Test
    void physicalViolenceIsAcute() {
        assertThat(triage(report().observations(ConcernCategory.PHYSICAL_VIOLENCE), OFFICE)
                        .getReasons())
                .containsExactly(AcuteReason.VIOLENCE);
    }

    @Test
    void witnessedDomesticViolenceIsAcute() {
        assertThat(triage(report().observations(ConcernCategory.WITNESSED_DOMESTIC_VIOLENCE), OFFICE)
                        .getReasons())
                .containsExactly(AcuteReason.VIOLENCE);
    }

    @Test
    void sexualAbuseIsAcute() {
        assertThat(triage(report().observations(ConcernCategory.SEXUAL_ABUSE), OFFICE)
                        .getReasons())
                .containsExactly(AcuteReason.SEXUAL_ABUSE);
    }

    @Test
    void reportersOwnAcuteFlagMakesTheReportAcute() {
        assertThat(triage(report().markedAcute(true), OFFICE).getReasons())
                .containsExactly(AcuteReason.REPORTER_MARKED_ACUTE);
    }

    @Test
    void veryYoungChildIsAcuteByAgeFromThePersonalIdentityNumber() {
        assertThat(triage(report().bornOn(TODAY.minusMonths(11)), OFFICE).getReasons())
                .containsExactly(AcuteReason.VERY_YOUNG_CHILD);
        assertThat(triage(report().bornOn(TODAY.minusYears(1)), OFFICE).getAcute())
                .isFalse();
    }

    @Test
    void veryYoungChildIsAcuteByAgeFromACoordinationNumber() {
        String coordination = SyntheticIdentities.coordinationNumber(new Random(3), TODAY.minusMonths(2));
        assertThat(triage(report().personalIdentityNumber(coordination), OFFICE).getReasons())
                .containsExactly(AcuteReason.VERY_YOUNG_CHILD);
    }

    @Test
    void veryYoungChildIsAcuteByDateOfBirthWhenNoNumberIsKnown() {
        assertThat(triage(report().personalIdentityNumber(null).dateOfBirth(TODAY.minusDays(20)), OFFICE)
                        .getReasons())
                .containsExactly(AcuteReason.VERY_YOUNG_CHILD);
        assertThat(triage(report().personalIdentityNumber(null).dateOfBirth(TODAY.minusYears(4)), OFFICE)
                        .getAcute())
                .isFalse();
        assertThat(triage(report().personalIdentityNumber(null), OFFICE).getAcute())
                .isFalse();
    }

    @Test
    void veryYoungChildAgeLimitIsConfigurable() {
        TriageConfig defaults = TriageConfig.defaults();
        TriagePolicy underTwo =
                new TriagePolicy(new TriageConfig(Period.ofYears(2), defaults.officeHours(), defaults.afterHours()));
        var report = report().bornOn(TODAY.minusMonths(18)).build();
        assertThat(underTwo.triage(report, STOCKHOLM, OFFICE).getReasons())
                .containsExactly(AcuteReason.VERY_YOUNG_CHILD);
        assertThat(policy.triage(report, STOCKHOLM, OFFICE).getAcute()).isFalse();
    }

    @Test
    void everyApplyingReasonIsListedOnceInOrder() {
        Triage triage = triage(
                report().markedAcute(true)
                        .immediateDanger(true)
                        .bornOn(TODAY.minusMonths(3))
                        .observations(
                                ConcernCategory.SEXUAL_ABUSE,
                                ConcernCategory.PHYSICAL_VIOLENCE,
                                ConcernCategory.WITNESSED_DOMESTIC_VIOLENCE),
                OFFICE);
        assertThat(triage.getReasons())
                .containsExactly(
                        AcuteReason.IMMEDIATE_DANGER,
                        AcuteReason.VIOLENCE,
                        AcuteReason.SEXUAL_ABUSE,
                        AcuteReason.VERY_YOUNG_CHILD,
                        AcuteReason.REPORTER_MARKED_ACUTE);
    }

    @Test
    void acuteReportOutsideOfficeHoursAlsoGoesToTheAfterHoursService() {
        Triage triage = triage(report().immediateDanger(true), NIGHT);
        assertThat(triage.getAcute()).isTrue();
        assertThat(triage.getReceivedOutsideOfficeHours()).isTrue();
        assertThat(triage.getAfterHoursDestination()).isEqualTo("socialjour-0180");
    }

    @Test
    void acuteReportOnAPublicHolidayAlsoGoesToTheAfterHoursService() {
        Instant christmasEve =
                LocalDateTime.parse("2026-12-24T11:00").atZone(SwedishTime.ZONE).toInstant();
        assertThat(triage(report().immediateDanger(true), christmasEve).getAfterHoursDestination())
                .isNotNull();
    }

    @Test
    void acuteReportInOfficeHoursHasNoAfterHoursDestination() {
        Triage triage = triage(report().immediateDanger(true), OFFICE);
        assertThat(triage.getAcute()).isTrue();
        assertThat(triage.getReceivedOutsideOfficeHours()).isFalse();
        assertThat(triage.getAfterHoursDestination()).isNull();
    }

    @Test
    void sharedAfterHoursServiceIsConfiguredPerMunicipality() {
        AfterHoursDirectory directory = new AfterHoursDirectory(
                Map.of("0180", "sociala-jouren-stockholm", "0182", "sociala-jouren-stockholm"), "jour-{municipality}");
        TriagePolicy shared =
                new TriagePolicy(new TriageConfig(Period.ofYears(1), OfficeHours.stockholmDefault(), directory));
        var acute = report().immediateDanger(true).submittedAt(NIGHT).build();
        assertThat(shared.triage(acute, "0180", NIGHT).getAfterHoursDestination())
                .isEqualTo("sociala-jouren-stockholm");
        assertThat(shared.triage(acute, "0182", NIGHT).getAfterHoursDestination())
                .isEqualTo("sociala-jouren-stockholm");
        assertThat(shared.triage(acute, GOTEBORG, NIGHT).getAfterHoursDestination())
                .isEqualTo("jour-1480");
    }

    @Test
    void afterHoursDefaultPatternMustNameTheMunicipality() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AfterHoursDirectory(Map.of(), "jour"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
