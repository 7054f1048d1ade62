/** What the connector writes to the hub: status events and the delivery alarm, with deterministic ids. */
package se.oroshub.connector.socialservices.events;
