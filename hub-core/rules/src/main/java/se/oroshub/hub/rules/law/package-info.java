/**
 * The statutory references behind every rule of the hub, in one table ({@link se.oroshub.hub.rules.law.Statute}).
 * Rules cite an entry of that table; no section number is spelled anywhere else.
 */
package se.oroshub.hub.rules.law;
