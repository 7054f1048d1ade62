/**
 * What the hub's command-line tools share ({@link se.oroshub.hub.cli.CommandOptions}): the audit verification
 * ({@code --verify-audit}) and the clearing tools ({@code --list-clearing}, {@code --route-clearing}).
 */
package se.oroshub.hub.cli;
