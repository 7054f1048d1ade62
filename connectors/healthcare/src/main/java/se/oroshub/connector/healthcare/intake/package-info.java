/**
 * From a FHIR document to the {@code ConcernReport} contract.
 *
 * <p>What a report looks like in FHIR here:
 * <ul>
 *   <li>a {@code Communication} with category {@code concern-report}
 *       ({@code https://oroshub.se/fhir/CodeSystem/communication-category}), one {@code payload.contentString} per
 *       observation (its category in the {@code concern-category} extension, else OTHER), {@code priority}
 *       {@code urgent}/{@code asap} marking the report acute and {@code stat} also immediate danger;</li>
 *   <li>its {@code subject}: the child's {@code Patient}, identified by
 *       {@code http://electronichealth.se/identifier/personnummer} or {@code .../samordningsnummer}; the municipality of
 *       registration is the four-digit kommunkod on a non-temporary address (the {@code municipality-code} extension,
 *       or {@code district}), a {@code temp} address gives where the child is now;</li>
 *   <li>its {@code sender}: a {@code PractitionerRole} pointing to the reporting {@code Practitioner} (name, role,
 *       telecom) and the sending {@code Organization}, identified by its HSA id ({@code urn:oid:1.2.752.29.4.19}).</li>
 * </ul>
 * Either in a {@code Bundle} (message, collection or transaction) or contained in the {@code Communication}. Guarded by
 * {@code ConcernReportTranslatorTest}.
 */
package se.oroshub.connector.healthcare.intake;
