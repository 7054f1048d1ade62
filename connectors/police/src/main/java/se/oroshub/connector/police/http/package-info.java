/**
 * {@code POST /api/v1/documents} ({@link se.oroshub.connector.police.http.DocumentController}), and the receipts and
 * permitted feedback of the caller's own reports as XML, {@code GET /api/v1/reports/{reportId}/receipt} and
 * {@code GET /api/v1/reports} ({@link se.oroshub.connector.police.http.ReportsController}). The caller signs in
 * (HTTP Basic locally, the deployment's identity provider in production) as a police unit this deployment reports for,
 * may only send documents naming that unit as sender, and sees only that unit's reports. Guarded by
 * {@code DocumentControllerTest} and {@code ReportsControllerTest}.
 */
package se.oroshub.connector.police.http;
