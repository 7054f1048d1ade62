/**
 * FHIR R4 plumbing on the application's one {@code FhirContext}: strict reading that collects every structural problem
 * ({@link se.oroshub.connector.healthcare.fhir.FhirCodec}), the systems this connector understands
 * ({@link se.oroshub.connector.healthcare.fhir.FhirSystems}) and {@code OperationOutcome}s whose issues carry a
 * FHIRPath {@code expression}, plain-words {@code diagnostics} and a stable snake_case code in {@code details}. Guarded
 * by {@code FhirCodecTest}.
 */
package se.oroshub.connector.healthcare.fhir;
