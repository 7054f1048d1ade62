/**
 * Reads the access file ({@code deploy/security/access.yaml}) into an {@link se.oroshub.access.model.AccessModel},
 * refusing unknown keys and wrong shapes with the path of the offending entry. Guarded by {@code AccessFileTest}.
 */
package se.oroshub.access.yaml;
