/**
 * Spring wiring of the hub: {@link se.oroshub.hub.config.HubProperties} ({@code oroshub.hub.*}) and the beans that
 * build and run the topology.
 */
package se.oroshub.hub.config;
