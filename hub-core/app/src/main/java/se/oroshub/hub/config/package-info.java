/**
 * Spring wiring of the hub: {@link se.oroshub.hub.config.HubProperties} ({@code oroshub.hub.*}) and the beans that
 * build and run the topology. {@code HubPropertiesTest} checks the keys, their defaults and the streams settings they
 * become; every integration test, such as {@code IntakeToMunicipalityIT}, starts the hub through this wiring.
 */
package se.oroshub.hub.config;
