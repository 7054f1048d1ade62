/**
 * Linking reports about the same child. Since SoL (2025:400) reports are searchable, so the social services that
 * received several reports about one child can see them together
 * ({@link se.oroshub.schemas.law.Statute#SEARCHABLE_REPORTS}, section unverified). The hub links by a keyed,
 * per-municipality pseudonym ({@link se.oroshub.hub.rules.linking.ChildPseudonym}), never by the personal identity
 * number, and lists only the same municipality's earlier reports within a window
 * ({@link se.oroshub.hub.rules.linking.EarlierReportLinks}): another municipality's reports are never revealed
 * (social services secrecy, {@link se.oroshub.schemas.law.Statute#SOCIAL_SERVICES_SECRECY}). Reports without a
 * personal identity number are not linked. Tested by {@code ChildPseudonymTest} and {@code EarlierReportLinksTest}.
 */
package se.oroshub.hub.rules.linking;
