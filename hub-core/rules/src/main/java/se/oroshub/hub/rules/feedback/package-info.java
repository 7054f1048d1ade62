/**
 * The lawful feedback policy. Social services may tell a mandatory reporter exactly one of three things about the
 * report (investigation opened, not opened, already ongoing: SoL (2001:453) 14 kap. 1 b §, with the secrecy
 * exception of OSL 26 kap. 9 a §; see {@link se.oroshub.schemas.law.Statute#REPORTER_FEEDBACK}). The feedback is
 * permissive (a decision may be withheld); private and anonymous reporters receive only their receipt
 * ({@link se.oroshub.schemas.law.Statute#RIGHT_TO_REPORT}); every other event stays with social services
 * ({@link se.oroshub.schemas.law.Statute#SOCIAL_SERVICES_SECRECY}). The optional deadline for the feedback
 * (proposed in prop. 2025/26:12) is kept by the deadline rules as {@code REPORTER_FEEDBACK}.
 * Entry point: {@link se.oroshub.hub.rules.feedback.FeedbackPolicy}. Each rule has a test named after it in
 * {@code FeedbackPolicyTest}; {@code FeedbackPolicyPropertyTest} checks every combination of reporter and event.
 */
package se.oroshub.hub.rules.feedback;
