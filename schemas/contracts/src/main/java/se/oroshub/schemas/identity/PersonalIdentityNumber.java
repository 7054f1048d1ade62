package se.oroshub.schemas.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import se.oroshub.schemas.time.SwedishTime;

/**
 * A Swedish personal identity number (personnummer, Folkbokföringslagen 18 §) or coordination number
 * (samordningsnummer, 18 a §: 60 added to the day of birth), validated: a real date, and the Luhn check digit over the
 * ten digits YYMMDDNNN.
 *
 * <p>The canonical form, used in every contract, is twelve digits {@code YYYYMMDDNNNC}. {@link #toString()} is masked:
 * the number is the most sensitive field the hub carries and must never reach a log line or an exception message.
 */
public final class PersonalIdentityNumber {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern TWELVE_WITH_SEPARATOR = Pattern.compile("\\d{8}[-+]\\d{4}");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{6}[-+]?\\d{4}");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    private static final int COORDINATION_DAY_OFFSET = 60;

    private final String canonical;
    private final LocalDate birthDate;
    private final boolean coordinationNumber;

    private PersonalIdentityNumber(String canonical, LocalDate birthDate, boolean coordinationNumber) {
        this.canonical = canonical;
        this.birthDate = birthDate;
        this.coordinationNumber = coordinationNumber;
    }

    /**
     * Parses the forms in use: {@code YYYYMMDDNNNC}, {@code YYYYMMDD-NNNC}, and the ten-digit {@code YYMMDD-NNNC} /
     * {@code YYMMDDNNNC} (century from today's date; {@code +} instead of {@code -} means 100 years or older).
     *
     * @throws InvalidPersonalIdentityNumberException with a message that does not contain the number
     */
    public static PersonalIdentityNumber parse(String raw) {
        return parse(raw, LocalDate.now(SwedishTime.ZONE));
    }

    /** As {@link #parse(String)}, with the date that decides the century of ten-digit forms. */
    public static PersonalIdentityNumber parse(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (raw == null || raw.isBlank()) {
            throw new InvalidPersonalIdentityNumberException(InvalidPersonalIdentityNumberException.Problem.MISSING);
        }
        String s = raw.strip();
        String twelve;
        if (TWELVE_DIGITS.matcher(s).matches()) {
            twelve = s;
        } else if (TWELVE_WITH_SEPARATOR.matcher(s).matches()) {
            twelve = s.substring(0, 8) + s.substring(9);
        } else if (TEN_DIGITS.matcher(s).matches()) {
            boolean centenarian = s.indexOf('+') == 6;
            String ten = s.replace("-", "").replace("+", "");
            twelve = withCentury(ten, today, centenarian);
        } else {
            throw new InvalidPersonalIdentityNumberException(InvalidPersonalIdentityNumberException.Problem.MALFORMED);
        }
        int year = Integer.parseInt(twelve.substring(0, 4));
        int month = Integer.parseInt(twelve.substring(4, 6));
        int day = Integer.parseInt(twelve.substring(6, 8));
        boolean coordination = day > COORDINATION_DAY_OFFSET;
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, coordination ? day - COORDINATION_DAY_OFFSET : day);
        } catch (DateTimeException e) {
            throw new InvalidPersonalIdentityNumberException(
                    InvalidPersonalIdentityNumberException.Problem.INVALID_DATE);
        }
        if (birth.isAfter(today)) {
            throw new InvalidPersonalIdentityNumberException(
                    InvalidPersonalIdentityNumberException.Problem.IN_THE_FUTURE);
        }
        if (luhnCheckDigit(twelve.substring(2, 11)) != twelve.charAt(11) - '0') {
            throw new InvalidPersonalIdentityNumberException(InvalidPersonalIdentityNumberException.Problem.CHECKSUM);
        }
        return new PersonalIdentityNumber(twelve, birth, coordination);
    }

    /** Whether {@code raw} parses; never throws. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidPersonalIdentityNumberException e) {
            return false;
        }
    }

    /**
     * The Luhn check digit over nine digits (YYMMDDNNN), as Skatteverket computes it: double every other digit
     * starting with the first, sum the digits of the products, and take what brings the sum to a multiple of ten.
     */
    public static int luhnCheckDigit(String nineDigits) {
        if (!NINE_DIGITS.matcher(nineDigits).matches()) {
            throw new IllegalArgumentException("the check digit is computed over nine digits");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = nineDigits.charAt(i) - '0';
            int p = (i % 2 == 0) ? d * 2 : d;
            sum += p > 9 ? p - 9 : p;
        }
        return (10 - sum % 10) % 10;
    }

    private static String withCentury(String ten, LocalDate today, boolean centenarian) {
        int yy = Integer.parseInt(ten.substring(0, 2));
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        if (centenarian) {
            year -= 100;
        }
        return String.format("%04d", year) + ten.substring(2);
    }

    /** Twelve digits, {@code YYYYMMDDNNNC}: the form every contract carries. */
    public String canonical() {
        return canonical;
    }

    /** The date of birth (for a coordination number: with the 60 days taken off). */
    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isCoordinationNumber() {
        return coordinationNumber;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalIdentityNumber other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** Masked: never the number. */
    @Override
    public String toString() {
        return "PersonalIdentityNumber[********-****]";
    }
}
