package se.oroshub.connector.police.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportIdsTest {

    @Test
    void the_id_is_a_version_5_uuid_of_the_ietf_variant() {
        UUID id = ReportIds.of("5000-LPO-SODERMALM", "PM-1");

        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void the_same_unit_and_document_always_give_the_same_id() {
        assertThat(ReportIds.of("5000-LPO-SODERMALM", "PM-1")).isEqualTo(ReportIds.of("5000-LPO-SODERMALM", "PM-1"));
    }

    @Test
    void the_same_document_number_from_two_units_gives_two_ids() {
        assertThat(ReportIds.of("5000-LPO-SODERMALM", "PM-1")).isNotEqualTo(ReportIds.of("1400-LPO-GOTEBORG", "PM-1"));
    }

    @Test
    void unit_and_document_cannot_be_shifted_into_each_other() {
        assertThat(ReportIds.of("A-B", "C")).isNotEqualTo(ReportIds.of("A", "B-C"));
    }

    @Test
    void the_id_is_stable_across_releases_and_agrees_with_an_independent_rfc_implementation() {
        // Python: uuid.uuid5(UUID('86f78c63-...'), 'police-unit:5000-LPO-SODERMALM\ndocument:PM-2026-5000-004711')
        assertThat(ReportIds.of("5000-LPO-SODERMALM", "PM-2026-5000-004711"))
                .isEqualTo(UUID.fromString("d6775b58-cf63-5e6c-9876-f5a162db5479"));
    }
}
