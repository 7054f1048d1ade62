package se.oroshub.schemas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.oroshub.schemas.identity.InvalidPersonalIdentityNumberException.Problem;

class PersonalIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Skatteverket's classic published test number, and forms of it. */
    @ParameterizedTest
    @ValueSource(strings = {"191212121212", "19121212-1212", "121212+1212"})
    void acceptsTheFormsInUseAndCanonicalisesToTwelveDigits(String raw) {
        PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(raw, TODAY);
        assertThat(pnr.canonical()).isEqualTo("191212121212");
        assertThat(pnr.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
        assertThat(pnr.isCoordinationNumber()).isFalse();
    }

    @Test
    void tenDigitFormTakesTheCenturyFromToday() {
        String nine = "150315980";
        String ten = nine.substring(0, 6) + "-" + nine.substring(6) + PersonalIdentityNumber.luhnCheckDigit(nine);
        assertThat(PersonalIdentityNumber.parse(ten, TODAY).canonical()).isEqualTo("20" + ten.replace("-", ""));
        assertThat(PersonalIdentityNumber.parse("1212121212", TODAY).canonical())
                .isEqualTo("201212121212");
    }

    @Test
    void plusSignMeansAHundredYearsOrOlder() {
        assertThat(PersonalIdentityNumber.parse("121212+1212", TODAY).canonical())
                .isEqualTo("191212121212");
    }

    @Test
    void coordinationNumberHasSixtyAddedToTheDayOfBirth() {
        String nine = "1503759" + "80";
        String number = "20" + nine + PersonalIdentityNumber.luhnCheckDigit(nine);
        PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(number, TODAY);
        assertThat(pnr.isCoordinationNumber()).isTrue();
        assertThat(pnr.birthDate()).isEqualTo(LocalDate.of(2015, 3, 15));
    }

    @Test
    void wrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse("191212121213", TODAY))
                .isInstanceOfSatisfying(
                        InvalidPersonalIdentityNumberException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CHECKSUM));
    }

    @Test
    void impossibleDateIsRefused() {
        String nine = "150230980";
        assertThatThrownBy(() ->
                        PersonalIdentityNumber.parse("20" + nine + PersonalIdentityNumber.luhnCheckDigit(nine), TODAY))
                .isInstanceOfSatisfying(
                        InvalidPersonalIdentityNumberException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_DATE));
    }

    @Test
    void dateOfBirthInTheFutureIsRefused() {
        String nine = "301224980";
        assertThatThrownBy(() ->
                        PersonalIdentityNumber.parse("20" + nine + PersonalIdentityNumber.luhnCheckDigit(nine), TODAY))
                .isInstanceOfSatisfying(
                        InvalidPersonalIdentityNumberException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.IN_THE_FUTURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "1912121212123", "19121212_1212"})
    void malformedInputIsRefused(String raw) {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse(raw, TODAY))
                .isInstanceOf(InvalidPersonalIdentityNumberException.class);
    }

    @Test
    void neitherMessagesNorToStringRevealTheNumber() {
        assertThatThrownBy(() -> PersonalIdentityNumber.parse("191212121213", TODAY))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1212"));
        assertThat(PersonalIdentityNumber.parse("191212121212", TODAY).toString())
                .doesNotContain("1212");
    }
}
