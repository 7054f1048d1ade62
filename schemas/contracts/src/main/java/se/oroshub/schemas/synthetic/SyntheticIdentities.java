package se.oroshub.schemas.synthetic;

import java.time.LocalDate;
import java.util.Random;
import se.oroshub.schemas.identity.PersonalIdentityNumber;

/**
 * Synthetic identities for tests, demos and benchmarks. Numbers have the shape of Skatteverket's open list of test
 * personal identity numbers (birth numbers 980-999, a valid check digit), so they pass validation but belong to no
 * one. Real numbers never appear in this project's tests or data.
 */
public final class SyntheticIdentities {

    private static final int FIRST_TEST_BIRTH_NUMBER = 980;
    private static final int TEST_BIRTH_NUMBERS = 20;

    private SyntheticIdentities() {
    }

    /** A synthetic personal identity number (12 digits) for someone born on {@code birthDate}. */
    public static String personalIdentityNumber(Random random, LocalDate birthDate) {
        return number(random, birthDate, 0);
    }

    /** A synthetic coordination number (samordningsnummer: 60 added to the day of birth). */
    public static String coordinationNumber(Random random, LocalDate birthDate) {
        return number(random, birthDate, 60);
    }

    /** A synthetic child's date of birth, between 0 and 17 years before {@code today}. */
    public static LocalDate childBirthDate(Random random, LocalDate today) {
        return today.minusDays(1 + random.nextInt(17 * 365));
    }

    private static String number(Random random, LocalDate birthDate, int dayOffset) {
        int birthNumber = FIRST_TEST_BIRTH_NUMBER + random.nextInt(TEST_BIRTH_NUMBERS);
        String first = String.format("%04d%02d%02d%03d",
                birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth() + dayOffset, birthNumber);
        return first + PersonalIdentityNumber.luhnCheckDigit(first.substring(2));
    }
}
