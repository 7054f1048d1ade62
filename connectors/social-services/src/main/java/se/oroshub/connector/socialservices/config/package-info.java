/**
 * The wiring of the social-services connector
 * ({@link se.oroshub.connector.socialservices.config.SocialServicesConfiguration}) from its settings under
 * {@code oroshub.connector.social-services}
 * ({@link se.oroshub.connector.socialservices.config.SocialServicesProperties}). This package may use every other
 * one; none uses it: each gets what it needs injected, as types of its own. Guarded by
 * {@code SocialServicesPropertiesTest} and {@code ShippedConfigurationIT}.
 */
package se.oroshub.connector.socialservices.config;
