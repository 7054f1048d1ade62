/**
 * The wiring of the school connector: its own beans (the report mapper, the OpenAPI description), on top of what the
 * reporting and support modules' auto-configurations provide. The school connector has no settings of its own beyond
 * the shared {@code oroshub.connector.*}. Guarded by {@code SchoolConnectorIT}.
 */
package se.oroshub.connector.school.config;
