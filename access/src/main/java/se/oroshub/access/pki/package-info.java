/**
 * A local certificate authority for mutual TLS between the broker and its clients, for the tests and the local
 * runtime: a CA key and self-signed certificate, and for each principal a PKCS#12 keystore (its key and a certificate
 * with CN = the principal, signed by the CA, valid for {@code localhost} and {@code 127.0.0.1}) plus a PKCS#12
 * truststore holding the CA. Every password is random, generated at run time and written to a file only its owner
 * may read; existing material is kept. Guarded by {@code LocalCertificateAuthorityTest}; used on a real broker by
 * {@link se.oroshub.access.kafka.BrokerAccessIT}.
 */
package se.oroshub.access.pki;
