/**
 * Where a record comes from. The broker lets only one connector deployment write its intake topic, so the hub knows
 * which connector sent a report by the topic it was read from; the {@link se.oroshub.hub.rules.origin.ConnectorMandates}
 * (from the access file) say which reporting organisations each connector may speak for, and the
 * {@link se.oroshub.hub.rules.origin.IntakeOriginAuthority} refuses a report that claims another connector or an
 * organisation its connector may not speak for. Each rule has a test named after it in {@code IntakeOriginAuthorityTest}.
 */
package se.oroshub.hub.rules.origin;
