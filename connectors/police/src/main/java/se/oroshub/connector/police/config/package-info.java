/**
 * The wiring of the police connector ({@link se.oroshub.connector.police.config.PoliceConnectorConfiguration}) from
 * its settings under {@code oroshub.connector.police}
 * ({@link se.oroshub.connector.police.config.PoliceConnectorProperties}), on top of what the reporting and support
 * modules' auto-configurations provide. No other package uses this one. Guarded by {@code PoliceConnectorIT}.
 */
package se.oroshub.connector.police.config;
