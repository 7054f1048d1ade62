/**
 * Routing: which social services receive a report. The child's municipality of registration, else the municipality
 * where the child is, else the clearing topic. Only the responsible social services may receive report content
 * (social services secrecy, {@link se.oroshub.schemas.law.Statute#SOCIAL_SERVICES_SECRECY}); each municipality
 * has its own topic. Entry point: {@link se.oroshub.hub.rules.routing.Router}; each rule has a test named after it in
 * {@code RouterTest}.
 */
package se.oroshub.hub.rules.routing;
