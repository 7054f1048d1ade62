package se.oroshub.connector.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.oroshub.schemas.avro.RejectionReason;
import se.oroshub.schemas.validation.FieldViolation;

class ErrorCodeTest {

    @Test
    void codesAreSnakeCase() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).allMatch(c -> c.matches("[a-z]+(_[a-z]+)*"));
        assertThat(ErrorCode.INVALID_PERSONAL_IDENTITY_NUMBER.code()).isEqualTo("invalid_personal_identity_number");
        assertThat(ErrorCode.INTAKE_UNAVAILABLE.code()).isEqualTo("intake_unavailable");
    }

    @ParameterizedTest
    @EnumSource(
            value = RejectionReason.class,
            names = {
                "MISSING_FIELD",
                "INVALID_FIELD",
                "INVALID_PERSONAL_IDENTITY_NUMBER",
                "UNKNOWN_MUNICIPALITY",
                "ANONYMOUS_MANDATORY_REPORTER",
                "MISSING_REPORTING_ORGANISATION",
                "NO_OBSERVATIONS",
                "CONFLICTING_DUPLICATE",
                "UNSPECIFIED"
            })
    void aFieldViolationKeepsTheValidatorsCodeAtTheEdge(RejectionReason reason) {
        FieldViolation violation = new FieldViolation(reason, "child.personalIdentityNumber", "bad");

        assertThat(ErrorCode.of(reason).code()).isEqualTo(violation.code());
    }

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void everyRejectionReasonHasACode(RejectionReason reason) {
        assertThat(ErrorCode.of(reason)).isNotNull();
    }
}
