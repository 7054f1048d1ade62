/**
 * The one validation of a concern report ({@link se.oroshub.schemas.validation.ConcernReportValidator}), run by every
 * connector at the edge and again by the hub: each problem is a {@link se.oroshub.schemas.validation.FieldViolation}
 * naming the field and the reason, never the value. Guarded by {@code ConcernReportValidatorTest}.
 */
package se.oroshub.schemas.validation;
