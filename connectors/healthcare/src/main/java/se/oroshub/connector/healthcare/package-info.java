/**
 * The healthcare connector: concern reports about children (orosanmälningar) from healthcare, in HL7 FHIR R4, into
 * the hub; the lawful feedback back out as FHIR.
 *
 * <ul>
 *   <li>{@code fhir}: reading and writing FHIR (HAPI FHIR, one shared {@code FhirContext}), the identifier and code
 *       systems in {@link se.oroshub.connector.healthcare.fhir.FhirSystems}, and {@code OperationOutcome}s.</li>
 *   <li>{@code intake}: from a FHIR document to the {@code ConcernReport} contract, with every problem found named at
 *       its FHIRPath.</li>
 *   <li>{@code feedback}: a report's receipt and permitted decision as a FHIR {@code Task}.</li>
 *   <li>{@code web}: the HTTP endpoints under {@code /fhir}.</li>
 *   <li>{@code config}: the wiring, including the one {@code FhirContext}.</li>
 * </ul>
 *
 * <p>Validation is HAPI's parser in strict mode (every unknown element, wrongly typed or invalid value collected, not
 * only the first) followed by this connector's own profile rules and the contract's shared validator. HAPI's full
 * instance validator is deliberately not used: it adds many seconds of warm-up and memory for checks (terminology
 * bindings, core invariants) that say nothing a social-services recipient relies on. Guarded by
 * {@code HealthcareConnectorIT}.
 */
package se.oroshub.connector.healthcare;
