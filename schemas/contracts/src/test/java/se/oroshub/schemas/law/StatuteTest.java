package se.oroshub.schemas.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatuteTest {

    @Test
    void unverifiedSectionNumbersAreMarkedAsSuchWhenShown() {
        for (Statute statute : Statute.values()) {
            if (statute.verified()) {
                assertThat(statute.display()).isEqualTo(statute.citation());
            } else {
                assertThat(statute.display()).endsWith("(unverified)");
            }
        }
        assertThat(Statute.REGISTRATION_OF_DOCUMENTS.verified()).isFalse();
        assertThat(Statute.PROPOSED_MANDATORY_FEEDBACK.verified()).isFalse();
    }

    @Test
    void theRulesCiteTheProvisionsOfTheDomainBrief() {
        assertThat(Statute.REPORTER_FEEDBACK.citation()).isEqualTo("SoL (2001:453) 14 kap. 1 b §");
        assertThat(Statute.FEEDBACK_SECRECY_EXCEPTION.citation()).isEqualTo("OSL (2009:400) 26 kap. 9 a §");
        assertThat(Statute.PROTECTIVE_ASSESSMENT.citation()).isEqualTo("SoL (2001:453) 11 kap. 1 a §");
        assertThat(Statute.INVESTIGATION_TIME_LIMIT.citation()).isEqualTo("SoL (2001:453) 11 kap. 2 §");
        assertThat(Statute.PRELIMINARY_ASSESSMENT.citation()).isEqualTo("SoL (2025:400) 20 kap. 2 §");
    }

    @Test
    void everyEntryHasACitationAndASubject() {
        for (Statute statute : Statute.values()) {
            assertThat(statute.citation()).isNotBlank();
            assertThat(statute.subject()).isNotBlank();
        }
    }
}
