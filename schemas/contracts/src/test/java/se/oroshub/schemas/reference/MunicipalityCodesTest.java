package se.oroshub.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MunicipalityCodesTest {

    private final MunicipalityCodes codes = MunicipalityCodes.official();

    @Test
    void directoryHoldsAll290MunicipalitiesIn21Counties() {
        assertThat(codes.size()).isEqualTo(290);
        assertThat(codes.all().stream()
                        .map(MunicipalityCodes.Municipality::countyCode)
                        .distinct())
                .hasSize(21);
    }

    @Test
    void findsMunicipalitiesByOfficialCode() {
        assertThat(codes.find("0180"))
                .get()
                .extracting(MunicipalityCodes.Municipality::name)
                .isEqualTo("Stockholm");
        assertThat(codes.find("0980"))
                .get()
                .extracting(MunicipalityCodes.Municipality::name)
                .isEqualTo("Gotland");
        assertThat(codes.isKnown("0000")).isFalse();
        assertThat(codes.isKnown(null)).isFalse();
    }

    @Test
    void refusesADirectoryWithDuplicateCodes() {
        String csv = "municipality_code,municipality_name,county_code,county_name\n"
                + "0180,Stockholm,01,Stockholms län\n0180,Stockholm,01,Stockholms län\n";
        assertThatThrownBy(
                        () -> MunicipalityCodes.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("duplicate municipality code 0180");
    }
}
