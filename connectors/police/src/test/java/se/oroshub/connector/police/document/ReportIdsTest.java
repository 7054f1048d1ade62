package se.oroshub.connector.police.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportIdsTest {

    @Test
    void theIdIsAVersion5UuidOfTheIetfVariant() {
        UUID id = ReportIds.of("5000-LPO-SODERMALM", "PM-1");

        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void theSameUnitAndDocumentAlwaysGiveTheSameId() {
        assertThat(ReportIds.of("5000-LPO-SODERMALM", "PM-1")).isEqualTo(ReportIds.of("5000-LPO-SODERMALM", "PM-1"));
    }

    @Test
    void theSameDocumentNumberFromTwoUnitsGivesTwoIds() {
        assertThat(ReportIds.of("5000-LPO-SODERMALM", "PM-1")).isNotEqualTo(ReportIds.of("1400-LPO-GOTEBORG", "PM-1"));
    }

    @Test
    void unitAndDocumentCannotBeShiftedIntoEachOther() {
        assertThat(ReportIds.of("A-B", "C")).isNotEqualTo(ReportIds.of("A", "B-C"));
    }

    @Test
    void theIdIsStableAcrossReleasesAndAgreesWithAnIndependentRfcImplementation() {
        // Python: uuid.uuid5(UUID('86f78c63-...'), 'police-unit:5000-LPO-SODERMALM\ndocument:PM-2026-5000-004711')
        assertThat(ReportIds.of("5000-LPO-SODERMALM", "PM-2026-5000-004711"))
                .isEqualTo(UUID.fromString("d6775b58-cf63-5e6c-9876-f5a162db5479"));
    }
}
