/**
 * The statutory references behind every rule of the hub and every text the connectors show, in one table
 * ({@link se.oroshub.schemas.law.Statute}). Rules and pages cite an entry of that table; no section number is spelled
 * anywhere else. Guarded by {@code StatuteTest}.
 */
package se.oroshub.schemas.law;
