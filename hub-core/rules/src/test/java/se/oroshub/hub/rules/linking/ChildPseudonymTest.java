package se.oroshub.hub.rules.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.oroshub.schemas.fixtures.TestReport.GOTEBORG;
import static se.oroshub.schemas.fixtures.TestReport.STOCKHOLM;
import static se.oroshub.schemas.fixtures.TestReport.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import se.oroshub.schemas.fixtures.TestReport;
import se.oroshub.schemas.identity.PersonalIdentityNumber;

class ChildPseudonymTest {

    private static final byte[] SECRET =
            "a master secret of at least 32 bytes for tests only".getBytes(StandardCharsets.UTF_8);
    private static final String NUMBER = TestReport.synthetic(LocalDate.of(2014, 2, 3));

    private final ChildPseudonym pseudonym = new ChildPseudonym(SECRET);

    @Test
    void sameChildInTheSameMunicipalityGetsTheSamePseudonym() {
        assertThat(pseudonym.of(
                        STOCKHOLM,
                        report().id("a").personalIdentityNumber(NUMBER).build()))
                .isEqualTo(pseudonym.of(
                        STOCKHOLM,
                        report().id("b").personalIdentityNumber(NUMBER).build()))
                .isPresent();
    }

    @Test
    void anotherMunicipalityGetsAnUnrelatedPseudonym() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse(NUMBER, LocalDate.of(2026, 1, 1));
        assertThat(pseudonym.of(STOCKHOLM, number)).isNotEqualTo(pseudonym.of(GOTEBORG, number));
    }

    @Test
    void pseudonymIsTheDocumentedKeyedHashWithAPerMunicipalityKey() throws Exception {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse(NUMBER, LocalDate.of(2026, 1, 1));
        byte[] municipalityKey = hmac(SECRET, STOCKHOLM.getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(hmac(municipalityKey, NUMBER.getBytes(StandardCharsets.US_ASCII)));
        assertThat(pseudonym.of(STOCKHOLM, number)).isEqualTo(expected).hasSize(64);
    }

    @Test
    void pseudonymDependsOnTheMasterSecret() {
        byte[] other = Arrays.copyOf(SECRET, SECRET.length);
        other[0] ^= 1;
        PersonalIdentityNumber number = PersonalIdentityNumber.parse(NUMBER, LocalDate.of(2026, 1, 1));
        assertThat(new ChildPseudonym(other).of(STOCKHOLM, number)).isNotEqualTo(pseudonym.of(STOCKHOLM, number));
    }

    @Test
    void everyWrittenFormOfTheNumberGivesTheSamePseudonym() {
        String dashed = NUMBER.substring(0, 8) + "-" + NUMBER.substring(8);
        assertThat(pseudonym.of(
                        STOCKHOLM, report().personalIdentityNumber(dashed).build()))
                .isEqualTo(pseudonym.of(
                        STOCKHOLM, report().personalIdentityNumber(NUMBER).build()));
    }

    @Test
    void reportWithoutAPersonalIdentityNumberIsNotLinked() {
        assertThat(pseudonym.of(STOCKHOLM, report().personalIdentityNumber(null).build()))
                .isEmpty();
        assertThat(pseudonym.of(
                        STOCKHOLM,
                        report().personalIdentityNumber("201402031234").build()))
                .isEmpty();
    }

    @Test
    void pseudonymNeverContainsTheNumber() {
        String value = pseudonym
                .of(STOCKHOLM, report().personalIdentityNumber(NUMBER).build())
                .orElseThrow();
        assertThat(value).doesNotContain(NUMBER).doesNotContain(NUMBER.substring(2));
    }

    @Test
    void shortMasterSecretIsRefused() {
        assertThatThrownBy(() -> new ChildPseudonym(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masterSecretNeverShowsInToString() {
        assertThat(pseudonym.toString()).doesNotContain("master secret of");
    }

    @Test
    void masterSecretIsCopiedSoLaterChangesByTheCallerDoNotMatter() {
        byte[] secret = SECRET.clone();
        ChildPseudonym mine = new ChildPseudonym(secret);
        PersonalIdentityNumber number = PersonalIdentityNumber.parse(NUMBER, LocalDate.of(2026, 1, 1));
        String before = mine.of(STOCKHOLM, number);
        Arrays.fill(secret, (byte) 0);
        assertThat(mine.of(STOCKHOLM, number)).isEqualTo(before);
    }

    private static byte[] hmac(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }
}
