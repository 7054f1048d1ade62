package se.oroshub.system.flow;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import se.oroshub.schemas.fixtures.SyntheticIdentities;
import se.oroshub.schemas.time.SwedishTime;

/**
 * A child with a synthetic personal identity number of the shape of Skatteverket's test series (birth number in the
 * 980–999 range, valid check digit). Never a real person.
 *
 * @param number    the twelve digits, YYYYMMDDNNNC
 * @param birthDate the date of birth the number encodes
 */
record SyntheticChild(String number, LocalDate birthDate) {

    private static final Random RANDOM = new SecureRandom();

    static SyntheticChild next() {
        LocalDate birthDate = SyntheticIdentities.childBirthDate(RANDOM, LocalDate.now(SwedishTime.ZONE));
        return new SyntheticChild(SyntheticIdentities.personalIdentityNumber(RANDOM, birthDate), birthDate);
    }

    /** YYYYMMDD-NNNC, as staff usually type it. */
    String withDash() {
        return number.substring(0, 8) + "-" + number.substring(8);
    }

    /** Every way the number is commonly written: with or without century, with or without the dash. */
    List<String> writtenForms() {
        String shortForm = number.substring(2);
        return List.of(number, withDash(), shortForm, shortForm.substring(0, 6) + "-" + shortForm.substring(6));
    }
}
