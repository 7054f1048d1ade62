/**
 * The organisation of the signed-in caller. Sign-in itself (HTTP Basic locally, stateless, on {@code /fhir/**}) is the
 * support module's.
 */
package se.oroshub.connector.healthcare.security;
