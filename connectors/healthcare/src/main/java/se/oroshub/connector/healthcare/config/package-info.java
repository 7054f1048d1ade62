/**
 * The wiring of the healthcare connector: the shared FHIR context, its codec and the translation of FHIR documents to
 * the contract, on top of what the reporting and support modules' auto-configurations provide. The healthcare
 * connector has no settings of its own beyond the shared {@code oroshub.connector.*}. Guarded by
 * {@code HealthcareConnectorIT}.
 */
package se.oroshub.connector.healthcare.config;
