/**
 * {@code POST /api/v1/documents} ({@link se.oroshub.connector.police.http.DocumentController}). The caller signs in
 * (HTTP Basic locally, the deployment's identity provider in production) as a police unit this deployment reports for,
 * and may only send documents naming that unit as sender.
 */
package se.oroshub.connector.police.http;
