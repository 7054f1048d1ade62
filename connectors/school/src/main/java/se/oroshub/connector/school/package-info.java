/**
 * The school connector: school staff file concern reports through a JSON API ({@code /api/v1/reports}) or server-rendered
 * pages ({@code /anmalan}, {@code /mina-anmalningar}), and see each report's receipt and, when social services gave it,
 * the permitted decision. Nothing else about a case reaches a school.
 *
 * <ul>
 *   <li>{@code report}: the school's report as it arrives, and its mapping to the contract's {@code ConcernReport}.</li>
 *   <li>{@code api}: the JSON API, documented with OpenAPI at {@code /v3/api-docs} and {@code /swagger-ui.html}.</li>
 *   <li>{@code web}: the staff pages (Swedish, accessible), signed in with CSRF protection.</li>
 *   <li>{@code config}: the wiring of the connector's own beans.</li>
 * </ul>
 *
 * <p>The school unit reporting is always the signed-in user's organisation (a school unit code), never a field of the
 * request. Publishing, receipts, feedback, sign-in and the error vocabulary come from the reporting and support
 * modules. Guarded by {@code SchoolConnectorIT}, {@code SchoolReportsApiTest}, {@code StaffPagesTest} and
 * {@code SchoolPagesBrowserIT}.
 */
package se.oroshub.connector.school;
