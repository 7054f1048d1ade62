/**
 * The implementations behind the support module's ports. Connectors use the ports in
 * {@code se.oroshub.connector.support} and never these classes directly.
 */
package se.oroshub.connector.support.internal;
