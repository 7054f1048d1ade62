/**
 * Test fixtures of the connectors' sign-in, published in this module's test-jar and never packaged: configured test
 * users over HTTP Basic and the connector's own form ({@code TestSignInAutoConfiguration}), and real signed tokens of
 * a test issuer ({@code TestTokens}). Guarded by {@code ApiTokenAccessRulesTest}.
 */
package se.oroshub.connector.support.testing;
