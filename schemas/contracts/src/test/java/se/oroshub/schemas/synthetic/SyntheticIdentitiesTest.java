package se.oroshub.schemas.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.identity.PersonalIdentityNumber;
import se.oroshub.schemas.reference.MunicipalityCodes;
import se.oroshub.schemas.validation.ConcernReportValidator;

class SyntheticIdentitiesTest {

    @RepeatedTest(20)
    void syntheticNumbersAreValidAndInSkatteverketsTestSeries() {
        Random random = new Random();
        LocalDate birth = SyntheticIdentities.childBirthDate(random, LocalDate.now());
        String pnr = SyntheticIdentities.personalIdentityNumber(random, birth);
        PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(pnr);
        assertThat(parsed.birthDate()).isEqualTo(birth);
        assertThat(Integer.parseInt(pnr.substring(8, 11))).isBetween(980, 999);
    }

    @Test
    void syntheticCoordinationNumbersAreValid() {
        Random random = new Random(7);
        LocalDate birth = LocalDate.of(2016, 5, 20);
        PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(SyntheticIdentities.coordinationNumber(random, birth));
        assertThat(parsed.isCoordinationNumber()).isTrue();
        assertThat(parsed.birthDate()).isEqualTo(birth);
    }

    @RepeatedTest(10)
    void syntheticReportsPassTheContractValidation() {
        var reports = new SyntheticReports(new Random(), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        assertThat(new ConcernReportValidator(MunicipalityCodes.official()).validate(reports.schoolReport())).isEmpty();
    }
}
