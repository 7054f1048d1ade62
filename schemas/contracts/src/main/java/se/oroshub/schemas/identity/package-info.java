/**
 * Swedish personal identity numbers and coordination numbers ({@link
 * se.oroshub.schemas.identity.PersonalIdentityNumber}): parsed, check-digit validated, and never printed in a message
 * or a log line. Guarded by {@code PersonalIdentityNumberTest}.
 */
package se.oroshub.schemas.identity;
