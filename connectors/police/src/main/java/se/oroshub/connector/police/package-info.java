/**
 * The police connector: police units send structured concern reports (orosanmälningar) as XML documents, validated
 * against the schema shipped in this module ({@code police-concern-report-1.xsd}, namespace
 * {@code urn:se:oroshub:police:concern-report:1}), over two channels that accept exactly the same documents:
 *
 * <ul>
 *   <li>HTTP: {@code POST /api/v1/documents} ({@link se.oroshub.connector.police.http});</li>
 *   <li>a watched transfer directory, the secure-file-transfer pattern ({@link se.oroshub.connector.police.dropdir}).</li>
 * </ul>
 *
 * <p>Both hand the bytes to {@link se.oroshub.connector.police.intake.DocumentIntake}, which reads and validates them
 * ({@link se.oroshub.connector.police.document}), maps them to the hub's {@code ConcernReport} and publishes through
 * the reporting module's {@code IntakePublisher}: a report counts as accepted only once the broker has durably
 * acknowledged it.
 *
 * <p>What the police get back, as XML ({@code police-receipt-1.xsd}, {@code police-feedback-1.xsd}): the receipt of
 * every accepted document, and the one thing social services may tell them about it (investigation opened, not
 * opened, or already ongoing, with the date) unless social services withhold it. Over HTTP the signed-in unit fetches
 * the receipts and feedback of its own reports ({@code GET /api/v1/reports/{reportId}/receipt},
 * {@code GET /api/v1/reports}); the transfer directory writes them to its outbox for the transfer channel to
 * collect.
 *
 * <p>The report id is derived from the sending unit and the police's document id
 * ({@link se.oroshub.connector.police.document.ReportIds}), so one document is always one report, however often it is
 * sent. Nothing the connector logs, answers or writes beside a file contains a value from a document: problems name
 * elements and codes.
 *
 * <p>Configuration: {@link se.oroshub.connector.police.config.PoliceConnectorProperties}
 * ({@code oroshub.connector.police.*}) and the shared {@code oroshub.connector.*}, wired in
 * {@link se.oroshub.connector.police.config}. Tests: {@code PoliceDocumentReaderTest} (the schema and the XML
 * hardening), {@code PoliceDocumentMapperTest}, {@code DropDirectoryWatcherTest} and, on a real broker,
 * {@code PoliceConnectorIT} and {@code TransferDirectoryRestartIT}.
 */
package se.oroshub.connector.police;
