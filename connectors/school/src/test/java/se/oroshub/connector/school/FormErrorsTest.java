package se.oroshub.connector.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.oroshub.connector.school.web.FormErrors;
import se.oroshub.connector.support.ErrorCode;
import se.oroshub.connector.support.FieldError;

class FormErrorsTest {

    @Test
    void eachContractFieldLandsOnItsFormFieldInTheOrderOfTheForm() {
        FormErrors errors = FormErrors.of(List.of(
                new FieldError("observations[0].description", ErrorCode.MISSING_FIELD, "is required"),
                new FieldError("child.personalIdentityNumber", ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER, "checksum"),
                new FieldError("child.municipalityOfRegistration", ErrorCode.UNKNOWN_MUNICIPALITY, "unknown")));

        assertThat(errors.byField())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry(
                                "childPersonalIdentityNumber",
                                "Personnumret är inte giltigt. Skriv det som ÅÅÅÅMMDD-NNNN och kontrollera datum och kontrollsiffra."),
                        org.assertj.core.api.Assertions.entry(
                                "childMunicipality", "Välj barnets folkbokföringskommun i listan."),
                        org.assertj.core.api.Assertions.entry("description", "Beskriv vad du har sett eller hört."));
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void aMissingReporterNameSaysProfessionalsCannotBeAnonymous() {
        FormErrors errors = FormErrors.of(List.of(
                new FieldError("reporter.name", ErrorCode.ANONYMOUS_MANDATORY_REPORTER, "cannot be anonymous")));

        assertThat(errors.get("reporterName")).contains("kan inte vara anonym");
    }

    @Test
    void aProblemWithoutAFormFieldIsShownAsAGeneralErrorWithItsCode() {
        FormErrors errors = FormErrors.of(
                List.of(new FieldError("attachments[0].uri", ErrorCode.INVALID_FIELD, "must be an absolute URI")));

        assertThat(errors.byField()).isEmpty();
        assertThat(errors.general()).singleElement().asString().contains("invalid_field");
        assertThat(errors.isEmpty()).isFalse();
    }

    @Test
    void onlyTheFirstErrorOfAFieldIsShown() {
        FormErrors errors = FormErrors.of(List.of(
                new FieldError("observations", ErrorCode.NO_OBSERVATIONS, "none"),
                new FieldError("observations[0].description", ErrorCode.INVALID_FIELD, "too long")));

        assertThat(errors.byField()).containsOnlyKeys("description");
        assertThat(errors.get("description")).isEqualTo("Beskriv vad du har sett eller hört.");
    }
}
