/**
 * Triage: whether a report is acute (immediate danger, violence or witnessed domestic violence, sexual abuse, a very
 * young child, or the reporter's own flag) and, for an acute report outside office hours, the after-hours service
 * (social jour) that must also receive it, because the protective assessment is due at once
 * ({@link se.oroshub.schemas.law.Statute#PROTECTIVE_ASSESSMENT}). Office hours exclude weekends, Swedish public
 * holidays and the holiday eves, computed by {@link se.oroshub.hub.rules.triage.SwedishPublicHolidays}.
 * Entry point: {@link se.oroshub.hub.rules.triage.TriagePolicy}. Tested by {@code TriagePolicyTest}, the office
 * hours by {@code OfficeHoursTest} and the holidays and eves by {@code SwedishPublicHolidaysTest}.
 */
package se.oroshub.hub.rules.triage;
