/**
 * The school's JSON API under {@code /api/v1/reports} ({@link se.oroshub.connector.school.api.SchoolReportsApi}): file
 * a report and get its receipt, and list the signed-in user's school's reports with each receipt and, when permitted,
 * the decision. Signed in with HTTP Basic; errors are RFC 9457 problem details. Documented with OpenAPI at
 * {@code /v3/api-docs} and {@code /swagger-ui.html}. Tested in {@code SchoolReportsApiTest} and, on a real broker,
 * {@code SchoolConnectorIT}.
 */
package se.oroshub.connector.school.api;
