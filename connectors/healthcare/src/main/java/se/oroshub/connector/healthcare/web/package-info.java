/**
 * The FHIR HTTP API: {@code GET /fhir/metadata}, {@code POST /fhir/Bundle}, {@code POST /fhir/Communication}, {@code GET /fhir/Communication/{id}},
 * {@code GET /fhir/Task/{id}} and {@code GET /fhir/Task?focus=Communication/{id}}, in {@code application/fhir+json}
 * or {@code application/fhir+xml}. Every error is an {@code OperationOutcome}. Guarded by {@code FhirEndpointsTest}.
 */
package se.oroshub.connector.healthcare.web;
