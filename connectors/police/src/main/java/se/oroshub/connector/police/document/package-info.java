/**
 * The police document: reading it against the XSD with the JDK's hardened XML parser
 * ({@link se.oroshub.connector.police.document.PoliceDocumentReader}), mapping it to the contract
 * ({@link se.oroshub.connector.police.document.PoliceDocumentMapper}), deriving its report id
 * ({@link se.oroshub.connector.police.document.ReportIds}) and naming contract fields as document elements
 * ({@link se.oroshub.connector.police.document.ContractPaths}). No Spring and no Kafka here. Guarded by
 * {@code PoliceDocumentReaderTest}, {@code PoliceDocumentMapperTest} and {@code SchemaAndContractAgreeTest}.
 */
package se.oroshub.connector.police.document;
