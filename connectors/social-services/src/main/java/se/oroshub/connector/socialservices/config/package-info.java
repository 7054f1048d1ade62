/** Configuration ({@code oroshub.social-services}) and the wiring of the connector. */
package se.oroshub.connector.socialservices.config;
