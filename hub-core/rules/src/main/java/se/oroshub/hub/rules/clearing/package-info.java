/**
 * Clearing: a report whose municipality the router cannot decide waits in clearing until a person decides it. The
 * authority over those decisions ({@link se.oroshub.hub.rules.clearing.ClearingAuthority}) routes the report only if
 * the hub accepted it, it still waits in clearing, the decided municipality is an official one and the person who
 * decided is named; a decision applied already is ignored, one that breaks a rule is refused with a
 * {@link se.oroshub.hub.rules.clearing.ClearingRefusal}. The report's content reaches only the decided municipality's
 * social services ({@link se.oroshub.schemas.law.Statute#SOCIAL_SERVICES_SECRECY}). How long a report may wait is a
 * deadline rule ({@code DeadlinePolicy#startClearing}). Each rule has a test named after it in
 * {@code ClearingAuthorityTest}.
 */
package se.oroshub.hub.rules.clearing;
