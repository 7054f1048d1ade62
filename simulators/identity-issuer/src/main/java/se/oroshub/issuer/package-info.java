/**
 * A development OpenID Connect provider (Spring Authorization Server), not a product: it signs in the demo people of
 * the directory file given at start ({@code --oroshub.issuer.directory=FILE}) for the connectors' pages, issues
 * access tokens to machine clients by client credentials, and writes each person's or client's name, roles and
 * organisation into the tokens ({@link se.oroshub.issuer.IssuerClaims}). Its signing key is generated at start or
 * kept in a file outside the jar. Guarded by {@code IdentityIssuerTest} and {@code IssuerDirectoryTest}.
 */
package se.oroshub.issuer;
