/**
 * The SHA-256 digest of a report's canonical Avro bytes ({@link se.oroshub.schemas.digest.ContentDigest}): what a
 * receipt proves was accepted. Guarded by {@code ContentDigestTest}.
 */
package se.oroshub.schemas.digest;
